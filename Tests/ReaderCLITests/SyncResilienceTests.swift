import Foundation
import ReaderModels
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 3: syncs that are killed, meet server faults, or lose their cursor.
    @Suite("Issue 3: sync API resilience", .needsReferenceServer)
    struct SyncResilienceTests {
        @Test(
            "a 10,000-article sync killed at 20 random moments ends with the cache of an uninterrupted sync",
            arguments: Transport.allCases)
        func killedSync(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 10_000, seed: 7)
            let reference = try corpus.sandbox.device("reference", transport: transport)
            let uninterrupted = try await reference.succeed(
                ["sync", "--endpoint", corpus.endpoint], timeout: .seconds(900))

            let victim = try corpus.sandbox.device("victim", transport: transport)
            var random = SeededRandom(seed: 20)
            let longestWait = max(0.2, uninterrupted.duration.seconds / 10)
            var interrupted = 0
            for _ in 0..<20 {
                let sync = try victim.start(["sync", "--endpoint", corpus.endpoint])
                try await Task.sleep(for: .seconds(Double.random(in: 0.02...longestWait, using: &random)))
                if sync.isRunning { interrupted += 1 }
                sync.send(SIGKILL)
                #expect(await sync.exitStatus(within: .seconds(30)) != nil)
            }
            #expect(interrupted >= 10, "only \(interrupted) of 20 kills hit a running sync")

            // The command the user ran, again: it resumes the saved source, or (when every kill came before
            // the first page was stored, as on a loaded machine, so nothing was kept) starts it afresh.
            try await victim.succeed(["sync", "--endpoint", corpus.endpoint], timeout: .seconds(900))
            let difference = SetDifference(actual: Set(try await victim.articles()), expected: Set(try await reference.articles()))
            #expect(difference.isEmpty, "\(difference)")
            #expect(try await victim.content() == (try await corpus.content()))
        }

        @Test(
            "with 30% failures, truncated bodies and overlapping pages the sync ends equal to a clean one",
            arguments: Transport.allCases)
        func faultySync(transport: Transport) async throws {
            let sandbox = try Sandbox()
            let clean = try await ServedCorpus.start(count: 2000, seed: 5, in: sandbox)
            let faulty = try await ServedCorpus.start(
                count: 2000, seed: 5,
                ["--fail-rate", "0.3", "--fail-statuses", "500,503,429", "--truncate-rate", "0.2", "--overlap",
                    "--fault-seed", "9"],
                in: sandbox)
            let cleanDevice = try sandbox.device("clean", transport: transport)
            let faultyDevice = try sandbox.device("faulty", transport: transport)
            try await cleanDevice.succeed(["sync", "--endpoint", clean.endpoint])
            let sync = try await faultyDevice.succeed(["sync", "--endpoint", faulty.endpoint], timeout: .seconds(600))
            #expect(try sync.summary(for: faulty.endpoint).new == 2000, "\(sync)")

            let difference = SetDifference(actual: try await faultyDevice.content(), expected: try await faulty.content())
            #expect(difference.isEmpty, "\(difference)")
            let portable = { (articles: [ListedArticle]) in Set(articles.map(\.portable)) }
            #expect(portable(try await faultyDevice.articles()) == portable(try await cleanDevice.articles()))
        }

        @Test(
            "when every request fails, sync gives up within 120 s with one line naming the cause",
            arguments: Transport.allCases)
        func everyRequestFails(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(
                count: 100, seed: 5, ["--fail-rate", "1", "--fail-statuses", "500,503,429"])
            let device = try corpus.sandbox.device(transport: transport)
            let sync = try await device.run(["sync", "--endpoint", corpus.endpoint], timeout: .seconds(300))
            #expect(sync.status != 0, "\(sync)")
            #expect(sync.duration < .seconds(120), "\(sync.duration)")
            #expect(sync.stderrLines.count == 1, "\(sync)")
            let line = sync.stderrLines.first ?? ""
            #expect(line.contains(corpus.endpoint), "\(sync)")
            #expect(["HTTP 500", "HTTP 503", "HTTP 429"].contains { line.contains($0) }, "names the status: \(sync)")
            #expect(try await device.articles().isEmpty)
        }

        @Test(
            "pages applied before every request starts failing stay, and a later sync completes them",
            arguments: Transport.allCases)
        func pagesBeforeFailureStay(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 3000, seed: 29, ["--latency-ms", "500"])
            let device = try corpus.sandbox.device(transport: transport)
            let sync = try device.start(["sync", "--endpoint", corpus.endpoint])
            var cached = 0
            let deadline = ContinuousClock.now + .seconds(300)
            while cached == 0 && sync.isRunning && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                cached = try await device.cachedCount()
            }
            try await corpus.server.admin.setFaults(.init(failRate: 1, failStatuses: [500, 503, 429]))
            let failedAt = ContinuousClock.now
            let status = await sync.exitStatus(within: .seconds(300))
            #expect(ContinuousClock.now - failedAt < .seconds(120))
            #expect(status != 0 && status != nil, "the sync fails once every request does")
            let stderr = String(decoding: sync.standardError, as: UTF8.self)
            #expect(stderr.contains(corpus.endpoint), "\(stderr)")

            let kept = try await device.content()
            #expect(kept.count >= cached && kept.count > 0 && kept.count < 3000, "\(kept.count) cached")
            let server = try await corpus.content()
            #expect(kept.isSubset(of: server))

            try await corpus.server.admin.setFaults(.init())
            try await device.succeed(["sync"])
            #expect(try await device.content() == server)
        }

        /// How a server comes to answer 410 to the client's cursor.
        enum CursorExpiry: String, CaseIterable, CustomTestStringConvertible {
            /// The server pruned tombstones the client's cursor had not seen (`--retention`).
            case pruned
            /// The fault settings name the client's cursor as expired.
            case injected
            var testDescription: String { rawValue }
        }

        @Test("an expired cursor leads to a full re-pull equal to the server, keeping read state, bookmarks and outbox",
            arguments: Transport.allCases, CursorExpiry.allCases)
        func expiredCursor(transport: Transport, expiry: CursorExpiry) async throws {
            let corpus = try await ServedCorpus.start(
                count: 1000, seed: 3, expiry == .pruned ? ["--retention", "10"] : [])
            let device = try corpus.sandbox.device(transport: transport)
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let ids = try await device.ids().sorted()
            try await device.succeed(["read"] + ids[0..<40])
            try await device.succeed(["bookmark"] + ids[20..<60])
            try await device.succeed(["sync"])
            try await device.succeed(["unread", ids[0]])
            #expect(try await device.outboxCount() == 1)
            let flags = Dictionary(uniqueKeysWithValues: try await device.articles().map { ($0.id, $0.flags) })

            let admin = corpus.server.admin
            switch expiry {
            case .pruned:
                _ = try await admin.retractRandom(count: 30, seed: 31)
            case .injected:
                // The reference server's cursors are base64url of `a1:<change number>`;
                // after the corpus the client's cursor is at change 1000.
                try await admin.setFaults(.init(expiredCursors: [Self.articleCursor(1000)]))
                _ = try await admin.retractRandom(count: 30, seed: 31)
            }
            _ = try await admin.editRandom(count: 10, seed: 32)

            let sync = try await device.succeed(["sync"])
            #expect(sync.stdout.contains("expired the cursor"), "\(sync)")
            let difference = SetDifference(actual: try await device.content(), expected: try await corpus.content())
            #expect(difference.isEmpty, "\(difference)")
            for article in try await device.articles() {
                #expect(article.flags == flags[article.id], "\(article)")
            }
            #expect(try await device.outboxCount() == 0)
            let serverRead = try await admin.state().first {
                ArticleID(sourceURL: corpus.endpoint, remoteID: $0.remoteID).rawValue == ids[0] && $0.field == .read
            }
            #expect(serverRead?.value == false, "the pending unread reached the server")
        }

        /// A cursor of the reference server's article stream.
        static func articleCursor(_ changeNumber: Int) -> String {
            Data("a1:\(changeNumber)".utf8).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
    }
}

extension ListedArticle {
    /// Read and bookmarked, as one comparable value.
    var flags: [Bool] { [read, bookmarked] }

    /// The article without what depends on the source's local row and URL
    /// (the id, source number and source URL), to compare caches synced from two servers.
    var portable: ListedArticle {
        var copy = self
        copy.id = ""
        copy.source = 0
        copy.sourceURL = nil
        return copy
    }
}

extension ReaderProcess {
    /// The number of cached articles `reader status` reports.
    func cachedCount() async throws -> Int {
        let status = try await succeed(["status"])
        guard let match = status.stdout.firstMatch(of: /Articles:\s+(\d+)/), let count = Int(match.1) else {
            throw UnexpectedOutput(expected: "an `Articles: N` line", run: status)
        }
        return count
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
