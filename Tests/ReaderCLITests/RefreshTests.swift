import Foundation
import ReaderTestSupport
import Synchronization
import Testing

extension EndToEnd {
    /// Issue 9: refreshing many small feeds at once, within caps, a budget and a policy.
    @Suite("Issue 9: refreshing many feeds")
    struct RefreshTests {
        /// The loopback addresses the feeds are spread over, as a real list spreads over hosts.
        static let addresses = (1...5).map { "127.0.0.\($0)" }

        /// A one-item RSS feed whose item is named after `path`.
        static func feed(_ path: String) -> Data {
            Data("""
                <?xml version="1.0"?><rss version="2.0"><channel><title>Feed \(path)</title>
                <item><guid>\(path)</guid><title>Kunming patent office news \(path)</title>
                <pubDate>Mon, 20 Apr 2020 08:00:00 GMT</pubDate><description>Yunnan.</description></item>
                </channel></rss>
                """.utf8)
        }

        /// A 200 with the feed of the request's path, after `seconds`.
        static func answer(_ request: LoopbackHTTPServer.Request, after seconds: Double, headers: [String: String] = [:])
            -> LoopbackHTTPServer.Reply
        {
            .delayed(seconds: seconds, reply: .response(status: 200, headers: headers, body: feed(request.path)))
        }

        /// Saves `urls` on `device` through one OPML import.
        static func subscribe(_ device: ReaderProcess, to urls: [String], in sandbox: Sandbox) async throws {
            let outlines = urls.map { "<outline type=\"rss\" text=\"\($0)\" xmlUrl=\"\($0)\"/>" }.joined(separator: "\n")
            let file = sandbox.file("subscriptions-\(UUID().uuidString).opml")
            try Data("<opml version=\"2.0\"><body>\(outlines)</body></opml>".utf8).write(to: file)
            try await device.succeed(["feeds", "import", file.path])
        }

        /// The seconds a summary line says its source took: `(…, 0.21 s)`.
        static func seconds(in line: Substring) -> Double? {
            line.firstMatch(of: /, (\d+\.\d+) s[,)]/).flatMap { Double($0.1) }
        }

        @Test("50 feeds sync over several connections within the caps; a feed that stalls 10 s holds up no other")
        func concurrentWithinCaps() async throws {
            let server = try LoopbackHTTPServer(addresses: Self.addresses) { request in
                Self.answer(request, after: request.path == "/feeds/stalls.xml" ? 10 : 0.2)
            }
            defer { server.stop() }
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            let urls = (0..<50).map { server.url("/feeds/\($0).xml", on: Self.addresses[$0 % Self.addresses.count]) }
            let stalled = server.url("/feeds/stalls.xml", on: Self.addresses[0])
            try await Self.subscribe(device, to: urls + [stalled], in: sandbox)

            let run = try await device.succeed(["sync", "--jobs", "8", "--per-host", "2"])
            #expect(server.mostOpenConnections > 1, "several at once")
            #expect(server.mostOpenConnections <= 8, "never more than --jobs")
            for address in Self.addresses {
                #expect(server.mostOpenConnections(on: address) <= 2, "never more than --per-host on \(address)")
            }
            let lines = run.stdout.split(separator: "\n")
            for url in urls {
                let line = try #require(lines.first { $0.hasPrefix(url + ": 1 new") }, "\(url) synced: \(run)")
                #expect(try #require(Self.seconds(in: line)) < 5, "the stalled feed held up \(line)")
            }
            let slow = try #require(lines.first { $0.hasPrefix(stalled + ": 1 new") }, "\(run)")
            #expect(try #require(Self.seconds(in: slow)) >= 9.5)
            #expect(run.duration < .seconds(25), "the stall, not the stall times the feeds")
        }

        @Test("a feed fresh by max-age is not asked again within the hour, unless --force; per-source views")
        func freshness() async throws {
            let server = try LoopbackHTTPServer { request in
                Self.answer(request, after: 0, headers: ["Cache-Control": "max-age=3600"])
            }
            defer { server.stop() }
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            let first = server.url("/feeds/first.xml"), second = server.url("/feeds/second.xml")
            try await Self.subscribe(device, to: [first, second], in: sandbox)
            let synced = try await device.succeed(["sync"])
            #expect(synced.stdout.contains("fresh for 60 min"), "\(synced)")
            #expect(server.requests.count == 2)

            let again = try await device.succeed(["sync"])
            #expect(server.requests.count == 2, "no request for a fresh feed")
            #expect(again.stdout.contains("\(first): fresh, not requested"), "\(again)")
            let sources = try await device.sources()
            #expect(sources.allSatisfy { $0.deferred?.reason == "fresh" }, "\(sources)")

            try await device.succeed(["sync", "--force"])
            #expect(server.requests.count == 4, "--force asks anyway")

            let firstOnly = try await device.articles(["--feed", first])
            #expect(firstOnly.count == 1 && firstOnly[0].title.contains("first"))
            #expect(try await device.articles(["--feed", String(sources[1].id)]).count == 1)
            try await device.succeed(["read", "--all", "--feed", first])
            #expect(try await device.sources().map(\.unread) == [0, 1])
            let unknown = try await device.run(["list", "--feed", "http://127.0.0.1:1/none.xml"])
            #expect(unknown.status == 1 && unknown.stderrLines.count == 1, "\(unknown)")
        }

        @Test("with 50 feeds at 1 s each and --deadline 3s the sync ends in about 4 s and the next starts with those left")
        func deadline() async throws {
            let server = try LoopbackHTTPServer(addresses: Self.addresses) { Self.answer($0, after: 1) }
            defer { server.stop() }
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            let urls = (0..<50).map { server.url("/feeds/\($0).xml", on: Self.addresses[$0 % Self.addresses.count]) }
            try await Self.subscribe(device, to: urls, in: sandbox)

            // 8 at a time: about 24 synced in 3 s, the rest left for the next sync.
            let run = try await device.succeed(["sync", "--deadline", "3s", "--jobs", "8"])
            #expect(run.duration < .seconds(5.5), "\(run.duration)")
            let lines = run.stdout.split(separator: "\n")
            let synced = urls.filter { url in lines.contains { $0.hasPrefix(url + ": 1 new") } }
            let notReached = urls.filter { url in lines.contains { $0.hasPrefix(url + ": not reached") } }
            #expect(synced.count >= 8, "\(run)")
            #expect(notReached.count >= 10, "\(run)")
            #expect(try await device.articles().count == synced.count, "what was stored stays")

            // 1.5 s at 4 jobs starts at most 8 (at 0 s and 1 s), fewer than were left, and leaves a loaded
            // machine time to start the process and open the cache before the deadline.
            let before = server.requests.count
            try await device.succeed(["sync", "--deadline", "1500ms", "--jobs", "4"])
            let next = server.requests[before...].map(\.path)
            let waited = Set(notReached.map { URLComponents(string: $0)?.path ?? $0 })
            #expect(!next.isEmpty && next.allSatisfy(waited.contains), "the next sync starts with them: \(next)")
        }

        @Test("a source failing three times in a row backs off, shows it in status, and --force syncs it")
        func backOff() async throws {
            let failing = Mutex(true)
            let server = try LoopbackHTTPServer { request in
                failing.withLock { $0 } ? .response(status: 404) : Self.answer(request, after: 0)
            }
            defer { server.stop() }
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            let url = server.url("/feeds/flaky.xml")
            try await Self.subscribe(device, to: [url], in: sandbox)
            for attempt in 1...3 {
                let run = try await device.run(["sync"])
                #expect(run.status == 1 && run.stderr.contains("HTTP 404"), "attempt \(attempt): \(run)")
            }
            let skipped = try await device.succeed(["sync"])
            #expect(skipped.stdout.contains("\(url): backing off"), "\(skipped)")
            #expect(server.requests.count == 3)
            let status = try await device.succeed(["status"])
            #expect(status.stdout.contains("3 failures in a row") && status.stdout.contains("backing off until"), "\(status)")

            failing.withLock { $0 = false }
            let forced = try await device.succeed(["sync", "--force"])
            #expect(forced.stdout.contains("\(url): 1 new"), "\(forced)")
            let healed = try #require(try await device.sources().first)
            #expect(healed.consecutiveFailures == 0 && healed.deferred == nil && healed.lastError == nil)
        }
    }
}
