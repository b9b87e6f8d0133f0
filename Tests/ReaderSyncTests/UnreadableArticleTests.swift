import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// Issue 10: one article of a Sync API page that cannot be read is skipped
/// and counted; the rest of the page is stored and the stream goes on.
@Suite struct UnreadableArticleTests {
    /// An article as JSON, with `updated` as given.
    static func article(_ number: Int, updated: String = "2020-04-20T08:00:00Z") -> String {
        #"{"id":"a-\#(number)","url":"https://news.example/\#(number)","title":"Patent news \#(number)","#
            + #""published":"2020-04-20T08:00:00Z","updated":"\#(updated)","content_html":"<p>Kunming.</p>"}"#
    }

    /// Two pages: the first holds an unreadable `updated`, an article without
    /// a title, something that is no article at all, and two good ones.
    static func page(_ cursor: String?) -> LoopbackHTTPServer.Reply {
        let (articles, next, hasMore) =
            cursor == nil
            ? ([article(1), article(2, updated: "yesterday\\u001b[2J"), #"{"id":"a-3","url":"u"}"#, "42", article(4)], "p1", true)
            : ([article(5)], "p2", false)
        let body = #"{"articles":[\#(articles.joined(separator: ","))],"deleted":[],"next_cursor":"\#(next)","has_more":\#(hasMore)}"#
        return .response(status: 200, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
    }

    @Test func badArticlesAreSkippedAndCountedAndTheRestOfThePageIsStored() async throws {
        let server = try LoopbackHTTPServer(route: LoopbackEndpoint.route(articles: Self.page))
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport(), policy: quickRetries)
        let url = server.url("/api")
        let report = try await library.addSourceAndSync(url: url)
        #expect(report.articles.new == 3 && report.pages == 2, "\(report)")
        #expect(report.skipped.count == 3, "\(report.skipped)")
        #expect(report.skipped.first == "article a-2: updated: not an RFC 3339 date: yesterday[2J", "\(report.skipped)")
        #expect(report.skipped.dropFirst().first == "article a-3: missing field title", "\(report.skipped)")
        #expect(report.skipped.last?.hasPrefix("article 4 of a page: ") == true, "\(report.skipped)")
        let stored = try await library.store.articles(ArticleQuery()).map(\.article.remoteID)
        #expect(Set(stored) == ["a-1", "a-4", "a-5"], "\(stored)")
        #expect(try await library.store.source(url: url)?.articleCursor == "p2", "the cursor moved past the page")
        let articleRequests = server.requests.filter { $0.path.hasPrefix("/api/v1/articles") }
        #expect(articleRequests.count == 2, "no page asked twice: \(articleRequests.map(\.path))")
    }
}
