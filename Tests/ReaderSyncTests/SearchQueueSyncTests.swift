import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// A Sync API sync stores each page while the next is on its way; time left
/// before the next page arrives goes to the full-text index of what is queued.
@Suite struct SearchQueueSyncTests {
    @Test func theWaitForTheNextPageIndexesWhatIsQueued() async throws {
        let pages = 6
        let perPage = 50
        let server = try LoopbackHTTPServer(
            route: LoopbackEndpoint.route { cursor in
                let start = Int(cursor ?? "0") ?? 0
                let end = start + perPage
                let page = LoopbackEndpoint.page(start + 1...end, next: String(end), hasMore: end < pages * perPage)
                return start == 0 ? page : .delayed(seconds: 0.3, reply: page)
            })
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport())

        let report = try await library.addSourceAndSync(url: server.url("/api"))

        #expect(report.articles.new == pages * perPage)
        #expect(
            try await library.store.queuedForSearch() == perPage,
            "every page but the last was indexed while the next one was 0.3 s away")
        #expect(try await library.store.count(ArticleQuery(search: "patent")) == pages * perPage)
        #expect(try await library.store.queuedForSearch() == 0)
    }
}
