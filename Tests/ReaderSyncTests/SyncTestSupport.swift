import Foundation
import ReaderCore
import ReaderTestSupport

/// A small Sync API endpoint in memory, answering through a ``ScriptedTransport``.
struct FakeEndpoint: Sendable {
    static let url = "http://sync.example/api"
    static let day = Date(timeIntervalSince1970: 1_587_369_600)

    /// Articles in change order; a page is a slice, the cursor its end index.
    var articles: [SyncWire.Article]
    var deletedAfter: [Int: [String]] = [:]

    static func article(_ number: Int, title: String? = nil, updated: Date? = nil) -> SyncWire.Article {
        SyncWire.Article(
            id: "a-\(number)", url: "https://news.example/\(number)", title: title ?? "Patent news \(number)",
            published: day.addingTimeInterval(Double(number)), updated: updated ?? day.addingTimeInterval(Double(number)),
            contentHTML: "<p>Kunming patent office, story \(number).</p>")
    }

    /// The answer to `request` as the contract describes it.
    func answer(_ request: HTTPRequest) -> Result<HTTPResponse, TransportError> {
        let components = URLComponents(string: request.url)
        let query = Dictionary(uniqueKeysWithValues: (components?.queryItems ?? []).map { ($0.name, $0.value ?? "") })
        switch components?.path {
        case "/api":
            return ScriptedTransport.json(SyncWire.Discovery(title: "Test", pageLimitMax: 1000), for: request)
        case "/api/v1/articles":
            let start = Int(query["cursor"] ?? "0") ?? 0
            let limit = Int(query["limit"] ?? "500") ?? 500
            let end = min(articles.count, start + limit)
            let page = SyncWire.ArticlePage(
                articles: Array(articles[start..<end]), deleted: deletedAfter[start] ?? [], nextCursor: String(end),
                hasMore: end < articles.count)
            return ScriptedTransport.json(page, for: request, encoder: SyncWire.makeEncoder())
        case "/api/v1/state":
            if request.method == .post {
                return ScriptedTransport.json(SyncWire.StatePushResult(applied: 1, ignored: 0), for: request)
            }
            return ScriptedTransport.json(
                SyncWire.StatePage(changes: [], nextCursor: "0", hasMore: false), for: request, encoder: SyncWire.makeEncoder())
        default:
            return .success(HTTPResponse(status: 404, url: request.url))
        }
    }
}

/// A fast retry policy for tests.
let quickRetries = RetryPolicy(maxAttempts: 4, baseDelay: 0.001, maxDelay: 0.01, retryAfterCap: 0.01)

/// An RSS document of items numbered 1 to `count`, each with the guid
/// `guid(number)` and the title `title(number)`, all about Kunming.
func syntheticRSS(
    count: Int, guid: (Int) -> String = { "item-\($0)" }, title: (Int) -> String = { "Patent news \($0)" }
) -> String {
    let items = (1...count).map { number in
        "<item><guid>\(guid(number))</guid><title>\(title(number))</title>"
            + "<pubDate>Mon, 20 Apr 2020 08:00:00 GMT</pubDate><description>Kunming.</description></item>"
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Big</title>"
        + items.joined() + "</channel></rss>"
}

extension SyncEngine {
    /// Saves `url` as a source whose bearer token is `token`, kept in the
    /// engine's credential store as the library keeps it.
    func addSource(url: String, token: String) async throws -> Source {
        let source = try await store.addSource(url: url, hasToken: true)
        try await credentials.setSecret(token, for: Self.credentialKey(ofSource: source.url))
        return source
    }
}
