import Foundation
import ReaderModels
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 4: read state and bookmarks across devices and the server.
    @Suite("Issue 4: state", .needsReferenceServer)
    struct StateSyncTests {
        /// One offline edit: a device runs `reader <command> <ids>`.
        struct Edit {
            let device: Int
            let command: String
            let articles: Range<Int>
        }

        /// Offline edits of two devices on overlapping articles, interleaved in time.
        static let edits = [
            Edit(device: 0, command: "read", articles: 0..<8),
            Edit(device: 1, command: "bookmark", articles: 4..<12),
            Edit(device: 0, command: "bookmark", articles: 0..<6),
            Edit(device: 1, command: "read", articles: 6..<12),
            Edit(device: 0, command: "unread", articles: 2..<5),
            Edit(device: 1, command: "unbookmark", articles: 4..<6),
            Edit(device: 0, command: "unbookmark", articles: 1..<3),
            Edit(device: 1, command: "unread", articles: 0..<2),
            Edit(device: 1, command: "read", articles: 3..<4),
            Edit(device: 0, command: "read", articles: 10..<12),
            Edit(device: 0, command: "unread", articles: 6..<8),
        ]

        /// The flags every device and the server should end with: for each
        /// (article, field), the value of the last edit in time, whichever device
        /// made it, a repeat of the value its device already showed included
        /// (device 1's `unread 0..<2` repeats its own state yet is the latest intent).
        static func expectedFlags(of ids: [String], after edits: [Edit] = edits) -> [String: [Bool]] {
            var winner: [String: [Bool]] = [:]
            for edit in edits {
                let (field, value) =
                    switch edit.command {
                    case "read": (0, true)
                    case "unread": (0, false)
                    case "bookmark": (1, true)
                    default: (1, false)
                    }
                for index in edit.articles {
                    var won = winner[ids[index]] ?? [false, false]
                    won[field] = value
                    winner[ids[index]] = won
                }
            }
            return Dictionary(uniqueKeysWithValues: ids.map { ($0, winner[$0] ?? [false, false]) })
        }

        @Test("two devices' offline edits converge on both devices and the server, whatever the sync order",
            arguments: Transport.allCases, ["AB", "BA", "ABA", "BAB"])
        func convergence(transport: Transport, order: String) async throws {
            let corpus = try await ServedCorpus.start(count: 200, seed: 13)
            let devices = [
                try corpus.sandbox.device("A", transport: transport), try corpus.sandbox.device("B", transport: transport),
            ]
            for device in devices { try await device.succeed(["sync", "--endpoint", corpus.endpoint]) }
            let ids = try await devices[0].ids().sorted()
            #expect(ids.count == 200)

            for edit in Self.edits {
                try await devices[edit.device].succeed([edit.command] + ids[edit.articles])
            }
            for name in order {
                try await devices[name == "A" ? 0 : 1].succeed(["sync"])
            }
            let expected = Self.expectedFlags(of: ids)
            #expect(try await serverFlags(corpus, ids: ids) == expected, "server after \(order)")

            let last = order.last == "A" ? 0 : 1
            #expect(try await devices[last].flags() == expected, "device \(order.last ?? "?") after \(order)")
            try await devices[1 - last].succeed(["sync"])
            #expect(try await devices[1 - last].flags() == expected, "the other device after one more sync")
            #expect(try await devices[last].flags() == expected)
        }

        @Test("issue 10: marks repeated offline after seeing the other phone's marks are the latest intent and win")
        func repeatedMarksWin() async throws {
            let corpus = try await ServedCorpus.start(count: 60, seed: 29)
            let devices = [try corpus.sandbox.device("A"), try corpus.sandbox.device("B")]
            for device in devices { try await device.succeed(["sync", "--endpoint", corpus.endpoint]) }
            let ids = try await devices[0].ids().sorted()
            let seen = [
                Edit(device: 0, command: "read", articles: 0..<10), Edit(device: 1, command: "bookmark", articles: 5..<15),
            ]
            // Each phone then shows the other's marks, and both go offline.
            let offline = [
                Edit(device: 0, command: "unread", articles: 0..<6), Edit(device: 1, command: "read", articles: 0..<4),
                Edit(device: 0, command: "unbookmark", articles: 5..<9), Edit(device: 1, command: "bookmark", articles: 5..<7),
            ]
            for edit in seen { try await devices[edit.device].succeed([edit.command] + ids[edit.articles]) }
            for name in [0, 1, 0] { try await devices[name].succeed(["sync"]) }
            #expect(try await devices[1].flags() == Self.expectedFlags(of: ids, after: seen))
            for edit in offline { try await devices[edit.device].succeed([edit.command] + ids[edit.articles]) }
            for name in [0, 1, 0, 1] { try await devices[name].succeed(["sync"]) }

            let expected = Self.expectedFlags(of: ids, after: seen + offline)
            #expect(expected[ids[0]] == [true, false] && expected[ids[5]] == [false, true], "the model says B's repeats win")
            #expect(try await serverFlags(corpus, ids: ids) == expected)
            for device in devices { #expect(try await device.flags() == expected) }
        }

        @Test(
            "a sync killed while pushing, or whose push was applied but never acknowledged, re-sends and ends in the same state",
            arguments: Transport.allCases)
        func killedWhilePushing(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 3000, seed: 17)
            let device = try corpus.sandbox.device("A", transport: transport)
            let other = try corpus.sandbox.device("B", transport: transport)
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            try await other.succeed(["sync", "--endpoint", corpus.endpoint])

            try await device.succeed(["read", "--all"])
            let timed = try await device.succeed(["sync"])
            #expect(try timed.summary(for: corpus.endpoint).stateSent == 3000, "\(timed)")
            let longestWait = max(0.2, timed.duration.seconds)

            let rounds: [[String]] = [
                ["unread", "--all"], ["bookmark", "--all", "--province", "Yunnan"], ["read", "--all"],
                ["unread", "--all", "--search", "patent"], ["bookmark", "--all"],
                ["unbookmark", "--all", "--province", "Guangdong"], ["unread", "--all", "--province", "Tibet"],
                ["read", "--all", "--search", "trademark"],
            ]
            var random = SeededRandom(seed: 44)
            var interrupted = 0
            for edit in rounds {
                try await device.succeed(edit)
                let sync = try device.start(["sync"])
                try await Task.sleep(for: .seconds(Double.random(in: 0.02...longestWait, using: &random)))
                if sync.isRunning { interrupted += 1 }
                sync.send(SIGKILL)
                #expect(await sync.exitStatus(within: .seconds(30)) != nil)
            }
            #expect(interrupted >= 4, "only \(interrupted) of \(rounds.count) kills hit a running sync")

            let afterKills = try await device.flags()
            try await device.succeed(["sync"])
            #expect(try await device.outboxCount() == 0)
            #expect(try await device.flags() == afterKills, "local changes stay in force")
            #expect(try await serverFlags(corpus, ids: Array(afterKills.keys)) == afterKills)

            // Then deterministically: every answer is cut short, so the server
            // applies the push but the client never sees its 2xx; the outbox stays.
            try await corpus.server.admin.setFaults(.init(truncateRate: 1))
            try await device.succeed(["unbookmark", "--all", "--province", "Beijing"])
            let intended = try await device.flags()
            #expect(intended != afterKills)
            let unacknowledged = try await device.run(["sync"])
            #expect(unacknowledged.status != 0, "\(unacknowledged)")
            #expect(try await device.outboxCount() > 0)
            #expect(try await serverFlags(corpus, ids: Array(intended.keys)) == intended, "the push reached the server")
            try await corpus.server.admin.setFaults(.init())
            let resent = try await device.succeed(["sync"])
            #expect(try resent.summary(for: corpus.endpoint).stateSent ?? 0 > 0, "\(resent)")
            #expect(try await device.outboxCount() == 0)
            #expect(try await device.flags() == intended)
            #expect(try await serverFlags(corpus, ids: Array(intended.keys)) == intended)
            try await other.succeed(["sync"])
            #expect(try await other.flags() == intended)
        }

        @Test(
            "with the server down, local changes stay, status counts them, and the next sync pushes them all",
            arguments: Transport.allCases)
        func serverDown(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 300, seed: 19)
            let device = try corpus.sandbox.device(transport: transport)
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let ids = try await device.ids().sorted()
            await corpus.server.stop()

            try await device.succeed(["read"] + ids[0..<10])
            try await device.succeed(["bookmark"] + ids[5..<10])
            let intended = try await device.flags()
            #expect(intended.values.filter { $0 == [true, false] }.count == 5)
            #expect(intended.values.filter { $0 == [true, true] }.count == 5)
            #expect(try await device.outboxCount() == 15)

            let failed = try await device.run(["sync"])
            #expect(failed.status != 0, "\(failed)")
            #expect(failed.stderrLines.count == 1 && failed.stderr.contains(corpus.endpoint), "\(failed)")
            #expect(try await device.outboxCount() == 15)
            #expect(try await device.flags() == intended)

            let restarted = try await corpus.server.restart()
            let sync = try await device.succeed(["sync"])
            #expect(try sync.summary(for: restarted.endpoint).stateSent == 15, "\(sync)")
            #expect(try await device.outboxCount() == 0)
            #expect(try await device.flags() == intended)
            let restartedCorpus = ServedCorpus(sandbox: corpus.sandbox, server: restarted)
            #expect(try await serverFlags(restartedCorpus, ids: ids) == intended)
        }

        @Test("list --bookmarked and --unread work with the server down")
        func offlineLists() async throws {
            let corpus = try await ServedCorpus.start(count: 100, seed: 23)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let ids = try await device.ids().sorted()
            try await device.succeed(["bookmark"] + ids[0..<2])
            try await device.succeed(["read"] + ids[2..<6])
            await corpus.server.stop()
            try await device.succeed(["bookmark"] + ids[2..<4])
            try await device.succeed(["read"] + ids[6..<10])

            let bookmarked = try await device.run(["list", "--bookmarked", "--json", "--limit", "1000"])
            #expect(bookmarked.status == 0 && bookmarked.duration < .seconds(10), "\(bookmarked)")
            #expect(Set(try bookmarked.json([ListedArticle].self).map(\.id)) == Set(ids[0..<4]))
            let unread = try await device.run(["list", "--unread", "--json", "--limit", "1000"])
            #expect(unread.status == 0 && unread.duration < .seconds(10), "\(unread)")
            #expect(Set(try unread.json([ListedArticle].self).map(\.id)) == Set(ids).subtracting(ids[2..<10]))
            #expect(Set(try await device.ids(["--bookmarked", "--unread"])) == Set(ids[0..<2]))
        }

        /// The server's read and bookmarked values for `ids` (false where it holds none).
        func serverFlags(_ corpus: ServedCorpus, ids: [String]) async throws -> [String: [Bool]] {
            var flags = Dictionary(uniqueKeysWithValues: ids.map { ($0, [false, false]) })
            for change in try await corpus.server.admin.state() {
                let id = ArticleID(sourceURL: corpus.endpoint, remoteID: change.remoteID).rawValue
                guard flags[id] != nil else { continue }
                flags[id]?[change.field == .read ? 0 : 1] = change.value
            }
            return flags
        }
    }
}

extension ReaderProcess {
    /// Every cached article's read and bookmarked flags, by id.
    func flags() async throws -> [String: [Bool]] {
        Dictionary(uniqueKeysWithValues: try await articles().map { ($0.id, $0.flags) })
    }
}
