import Foundation
import ReaderModels
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 10 §3: a received clock with `counter` = 2^63-1 (or `ms` years
    /// ahead) was accepted, and the next `reader bookmark` died with SIGILL.
    @Suite("Issue 10: received clocks")
    struct ReceivedClockTests {
        /// A Sync API endpoint of two articles whose state page carries absurd clocks.
        static func route(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            let now = Date()
            let nowMS = HybridLogicalClock.ms(of: now)
            let body: any Encodable
            switch (request.method, request.path.split(separator: "?").first ?? "") {
            case ("GET", "/api"):
                body = SyncWire.Discovery(title: "Absurd clocks", pageLimitMax: 1000)
            case ("GET", "/api/v1/articles"):
                let articles = (1...2).map { number in
                    SyncWire.Article(
                        id: "a-\(number)", url: "https://news.example/\(number)", title: "Patent news \(number)",
                        published: now.addingTimeInterval(-3600), updated: now.addingTimeInterval(-3600))
                }
                body = SyncWire.ArticlePage(articles: articles, deleted: [], nextCursor: "2", hasMore: false)
            case ("GET", "/api/v1/state"):
                body = SyncWire.StatePage(
                    changes: [
                        StateChange(
                            remoteID: "a-1", field: .read, value: true,
                            clock: HybridLogicalClock(ms: nowMS, counter: .max, device: "hostile")),
                        StateChange(
                            remoteID: "a-2", field: .bookmarked, value: true,
                            clock: HybridLogicalClock(ms: nowMS + 10 * 365 * 86_400_000, counter: .max, device: "hostile")),
                    ], nextCursor: "2", hasMore: false)
            case ("POST", "/api/v1/state"):
                body = SyncWire.StatePushResult(applied: 1, ignored: 0)
            default:
                return .response(status: 404)
            }
            let data = (try? SyncWire.makeEncoder().encode(body)) ?? Data()
            return .response(
                status: 200, headers: ["Content-Type": "application/json", "Date": httpDate(now)], body: data)
        }

        /// The same endpoint with no absurd state, whose time is a day behind
        /// real time, so this device's clock is a day ahead of it: it refuses
        /// every push with a clock more than 5 minutes past its own time.
        static func dayBehindRoute(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            let serverMS = HybridLogicalClock.ms(of: Date()) - 86_400_000
            switch (request.method, request.path.split(separator: "?").first ?? "") {
            case ("GET", "/api/v1/state"):
                let page = SyncWire.StatePage(changes: [], nextCursor: "0", hasMore: false)
                return .response(status: 200, body: (try? SyncWire.makeEncoder().encode(page)) ?? Data())
            case ("POST", "/api/v1/state"):
                let push = try? SyncWire.makeDecoder().decode(SyncWire.StatePush.self, from: request.body)
                guard push?.changes.contains(where: { $0.clock.ms > serverMS + 300_000 }) ?? true else {
                    return route(request)
                }
                let refusal = SyncWire.ErrorBody(code: "clock_ahead", message: "clock ahead", serverMS: serverMS)
                return .response(status: 400, body: (try? JSONEncoder().encode(refusal)) ?? Data())
            default:
                return route(request)
            }
        }

        static func httpDate(_ date: Date) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
            return formatter.string(from: date)
        }

        /// What `reader status --json` says of the clock.
        struct ClockStatus: Decodable {
            var skippedClocks: Int
            var clockOffsetMS: Int64?

            enum CodingKeys: String, CodingKey {
                case skippedClocks = "skipped_clocks"
                case clockOffsetMS = "clock_offset_ms"
            }
        }

        @Test("a state page with counter 2^63-1, at now and ten years ahead, is skipped and counted; the next bookmark works")
        func absurdClocks() async throws {
            let server = try LoopbackHTTPServer(route: Self.route)
            defer { server.stop() }
            let device = try Sandbox().device()
            let endpoint = server.url("/api")
            let synced = try await device.succeed(["sync", "--endpoint", endpoint])
            #expect(synced.stdout.contains("skipped 2 received state changes whose clock is out of bounds"), "\(synced)")
            let articles = try await device.articles()
            #expect(articles.count == 2)
            #expect(articles.allSatisfy { !$0.read && !$0.bookmarked }, "nothing applied: \(articles)")

            for article in articles { try await device.succeed(["bookmark", article.id]) }
            #expect(try await device.articles().allSatisfy(\.bookmarked))
            let status = try await device.succeed(["status", "--json"]).json(ClockStatus.self)
            #expect(status.skippedClocks == 2)
            #expect(status.clockOffsetMS == nil)
            let text = try await device.succeed(["status"])
            #expect(text.stdout.contains("Skipped:    2 received clocks out of bounds, not applied"), "\(text)")

            try await device.succeed(["sync"])
            let post = try #require(server.requests.last { $0.method == "POST" })
            let pushed = try SyncWire.makeDecoder().decode(SyncWire.StatePush.self, from: post.body)
            #expect(pushed.changes.count == 2)
            let nowMS = HybridLogicalClock.ms(of: Date())
            #expect(pushed.changes.allSatisfy { $0.clock.counter < 1 << 31 && $0.clock.ms <= nowMS }, "\(pushed.changes)")
        }

        @Test("a server that refuses clocks a day ahead: the marks are re-stamped and sent, and status says the offset")
        func clockAheadOfTheServer() async throws {
            let server = try LoopbackHTTPServer(route: Self.dayBehindRoute)
            defer { server.stop() }
            let device = try Sandbox().device()
            try await device.succeed(["sync", "--endpoint", server.url("/api")])
            let ids = try await device.ids()
            try await device.succeed(["read"] + ids)
            let synced = try await device.succeed(["sync"])
            #expect(synced.stdout.contains("the server refused clocks ahead of its time: re-stamped 2 by its time"), "\(synced)")
            #expect(synced.stdout.contains("state: 2 sent"), "\(synced)")
            #expect(try await device.outboxCount() == 0)

            let status = try await device.succeed(["status", "--json"]).json(ClockStatus.self)
            let offset = try #require(status.clockOffsetMS)
            #expect(abs(offset + 86_400_000) < 60_000, "\(offset)")
            let text = try await device.succeed(["status"])
            #expect(text.stdout.contains("Clock:      this device's clock is 24.0 h ahead of the server's"), "\(text)")

            // A later mark is stamped by the server's time at once: one post, accepted.
            let posts = server.requests.filter { $0.method == "POST" }.count
            try await device.succeed(["unread", ids[0]])
            try await device.succeed(["sync"])
            #expect(server.requests.filter { $0.method == "POST" }.count == posts + 1)
        }
    }
}
