import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// `refreshInBackground(within:)`, the call an app makes from a background
/// task, through libcurl against feeds on loopback.
@Suite struct BackgroundRefreshTests {
    @Test func itEndsWithinItsTimeLimitAndKeepsWhatArrived() async throws {
        let feed = try Fixtures.data("feeds/rss/seeds.xml")
        let server = try LoopbackHTTPServer { request in
            request.path == "/stalled.xml"
                ? .stall(seconds: 30) : .response(status: 200, headers: ["Content-Type": "application/rss+xml"], body: feed)
        }
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport())
        _ = try await library.store.addSource(url: server.url("/quick.xml"))
        _ = try await library.store.addSource(url: server.url("/stalled.xml"))

        let started = ContinuousClock.now
        let refresh = try await library.refreshInBackground(within: .seconds(4))
        let took = ContinuousClock.now - started

        #expect(took < .seconds(5), "a background refresh ends within its limit (took \(took))")
        #expect(refresh.sources.map(\.source.url) == [server.url("/quick.xml"), server.url("/stalled.xml")])
        #expect(refresh.sources.first?.report != nil, "the quick feed synced")
        #expect(refresh.sources.last?.report == nil, "the stalled feed did not")
        #expect(refresh.ranOutOfTime)
        #expect(refresh.newArticles > 0)
        #expect(refresh.newArticles == (try await library.store.count(ArticleQuery())))
        #expect(refresh.accounts.isEmpty)
        #expect(refresh.queuedForSearch == refresh.newArticles, "no time was left to index what arrived")
        #expect(try await library.store.queuedForSearch() == refresh.newArticles)
    }

    @Test func timeLeftAfterTheSyncsIndexesWhatTheyStored() async throws {
        let feed = try Fixtures.data("feeds/rss/seeds.xml")
        let server = try LoopbackHTTPServer { _ in
            .response(status: 200, headers: ["Content-Type": "application/rss+xml"], body: feed)
        }
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport())
        _ = try await library.store.addSource(url: server.url("/one.xml"))
        _ = try await library.store.addSource(url: server.url("/two.xml"))

        let refresh = try await library.refreshInBackground(within: .seconds(20))

        #expect(!refresh.ranOutOfTime)
        #expect(refresh.newArticles > 0)
        #expect(refresh.queuedForSearch == 0)
        #expect(try await library.store.queuedForSearch() == 0)
    }
}
