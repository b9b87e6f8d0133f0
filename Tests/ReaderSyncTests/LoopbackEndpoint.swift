import Foundation
import ReaderCore
import ReaderTestSupport

/// A Sync API endpoint at `/api` of a ``LoopbackHTTPServer``, for tests of
/// servers that misbehave: discovery and an empty state stream as the
/// contract says, article pages from a script.
enum LoopbackEndpoint {
    /// The reply to an article page request, given its `cursor` (`nil`: from the start).
    typealias ArticlePages = @Sendable (_ cursor: String?) -> LoopbackHTTPServer.Reply

    /// A route serving discovery at `/api`, `articles` at `/api/v1/articles`,
    /// `state` at `GET /api/v1/state` (an empty, finished stream by default),
    /// and acknowledging every `POST /api/v1/state`.
    static func route(articles: @escaping ArticlePages, state: ArticlePages? = nil)
        -> @Sendable (LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply
    {
        { request in
            let components = URLComponents(string: "http://loopback" + request.path)
            let cursor = components?.queryItems?.first { $0.name == "cursor" }?.value
            switch (request.method, components?.path) {
            case (_, "/api"):
                return json(SyncWire.Discovery(title: "Loopback", pageLimitMax: 1000))
            case (_, "/api/v1/articles"):
                return articles(cursor)
            case ("POST", "/api/v1/state"):
                return json(SyncWire.StatePushResult(applied: 0, ignored: 0))
            case (_, "/api/v1/state"):
                return state?(cursor) ?? json(SyncWire.StatePage(changes: [], nextCursor: cursor ?? "s0", hasMore: false))
            default:
                return .response(status: 404)
            }
        }
    }

    /// A 200 whose body is `value` in the wire's JSON.
    static func json(_ value: some Encodable) -> LoopbackHTTPServer.Reply {
        .response(status: 200, headers: ["Content-Type": "application/json"], body: try! SyncWire.makeEncoder().encode(value))
    }

    /// A page of the articles numbered `numbers`, continued at `next`.
    static func page(_ numbers: some Sequence<Int>, next: String, hasMore: Bool) -> LoopbackHTTPServer.Reply {
        json(SyncWire.ArticlePage(articles: numbers.map { FakeEndpoint.article($0) }, deleted: [], nextCursor: next, hasMore: hasMore))
    }
}
