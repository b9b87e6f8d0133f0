import Foundation
import ReaderModels
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 10: `reader sync` against loopback servers that misbehave on purpose.
    @Suite("Issue 10: hostile servers")
    struct HostileServerTests {
        /// A loopback Sync API at `/api` whose article pages come from `articles`.
        static func endpoint(articles: @escaping @Sendable (String?) -> LoopbackHTTPServer.Reply) throws -> LoopbackHTTPServer {
            try LoopbackHTTPServer { request in
                let components = URLComponents(string: "http://loopback" + request.path)
                let cursor = components?.queryItems?.first { $0.name == "cursor" }?.value
                let json = { (text: String) in
                    LoopbackHTTPServer.Reply.response(status: 200, headers: ["Content-Type": "application/json"], body: Data(text.utf8))
                }
                switch components?.path {
                case "/api": return json(#"{"protocol":"reader-sync","version":1,"title":"Hostile"}"#)
                case "/api/v1/articles": return articles(cursor)
                case "/api/v1/state": return json(#"{"changes":[],"next_cursor":"s","has_more":false}"#)
                default: return .response(status: 404)
                }
            }
        }

        static func article(_ id: String, updated: String = "2020-04-20T08:00:00Z") -> String {
            #"{"id":"\#(id)","url":"https://news.example/\#(id)","title":"Patent news \#(id)","#
                + #""published":"2020-04-20T08:00:00Z","updated":"\#(updated)"}"#
        }

        static func page(_ articles: [String], next: String, hasMore: Bool) -> LoopbackHTTPServer.Reply {
            let body = #"{"articles":[\#(articles.joined(separator: ","))],"next_cursor":"\#(next)","has_more":\#(hasMore)}"#
            return .response(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
        }

        @Test("an error body that echoes the request headers never puts the token on stderr", arguments: [400, 401, 500])
        func echoedToken(status: Int) async throws {
            let token = "tk-e2e-5b2d7f3c9a1e"
            let server = try LoopbackHTTPServer { request in
                let echoed = request.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                let bare = request.headers["authorization"]?.split(separator: " ").last.map(String.init) ?? ""
                let message = "refused \(bare); you sent " + echoed.joined(separator: "; ")
                let body = try! JSONEncoder().encode(SyncWire.ErrorBody(code: "refused", message: message))
                return .response(status: status, headers: ["Content-Type": "application/json"], body: body)
            }
            defer { server.stop() }
            let device = try Sandbox().device()
            let run = try await device.run(["sync", "--endpoint", server.url("/api"), "--token", token], timeout: .seconds(120))
            #expect(run.status == 1, "\(run)")
            #expect(server.requests.first?.headers["authorization"] == "Bearer \(token)")
            #expect(!run.stderr.contains(token) && !run.stdout.contains(token), "\(run)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("refused"), "\(run)")
        }

        @Test("a page with an unreadable article is stored without it, and the summary counts the skip")
        func unreadableArticle() async throws {
            let server = try Self.endpoint { _ in
                Self.page([Self.article("a-1"), Self.article("a-2", updated: "yesterday"), Self.article("a-3")], next: "p1", hasMore: false)
            }
            defer { server.stop() }
            let device = try Sandbox().device()
            let url = server.url("/api")
            let run = try await device.succeed(["sync", "--endpoint", url])
            #expect(try run.summary(for: url).new == 2, "\(run)")
            #expect(run.stdout.contains("skipped 1 item"), "\(run)")
            #expect(run.stdout.contains("article a-2: updated: not an RFC 3339 date: yesterday"), "\(run)")
            #expect(Set(try await device.articles().map(\.title)) == ["Patent news a-1", "Patent news a-3"])
        }

        @Test("a page whose next_cursor is the one it was asked with ends the sync with one line")
        func repeatedCursor() async throws {
            let server = try Self.endpoint { _ in Self.page([Self.article("a-1")], next: "same", hasMore: true) }
            defer { server.stop() }
            let device = try Sandbox().device()
            let run = try await device.run(["sync", "--endpoint", server.url("/api")], timeout: .seconds(60))
            #expect(run.status == 1, "\(run)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("the server repeats itself"), "\(run)")
            #expect(server.requests.count < 10, "\(server.requests.count) requests")
        }
    }
}
