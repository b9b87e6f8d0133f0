import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct ArticleStoreSubscriptionTests {
    @Test(arguments: ["memory", "disk"])
    func subscribingSavesDetailsOnceAndIgnoresDuplicates(_ flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let kept = try await store.addSource(url: "http://a.example/feed.xml")
        let result = try await store.subscribe(to: [
            SourceSubscription(url: "http://a.example/feed.xml", title: "Renamed", folder: "Elsewhere"),
            SourceSubscription(url: "http://b.example/feed.xml", title: " CNIPA news ", folder: "News/China", homePageURL: "http://b.example/"),
            SourceSubscription(url: " http://b.example/feed.xml/ ", title: "Twice"),
            SourceSubscription(url: "http://c.example/feed.xml", title: "  ", folder: ""),
        ])
        #expect(result.added.map(\.url) == ["http://b.example/feed.xml", "http://c.example/feed.xml"])
        #expect(result.duplicates == 2)
        let sources = try await store.sources()
        #expect(sources.count == 3)
        #expect(sources[0] == kept, "a source saved before keeps its own details")
        #expect(sources[1].title == "CNIPA news" && sources[1].folder == "News/China")
        #expect(sources[1].homePageURL == "http://b.example/")
        #expect(sources[2].title == nil && sources[2].folder == nil, "blank details are none")
    }

    @Test func aCustomTitleWinsOverTheFeedsAndAnOPMLHomePageIsKept() async throws {
        let store = try StoreFactory.make("memory")
        let added = try await store.subscribe(to: [
            SourceSubscription(url: "http://a.example/feed.xml", title: "Mine", homePageURL: "http://mine.example/")
        ]).added[0]
        try await store.updateSource(added.id, with: SourceUpdate(title: "The feed's", homePageURL: "http://feed.example/"))
        let source = try #require(try await store.source(url: added.url))
        #expect(source.title == "Mine" && source.homePageURL == "http://mine.example/")

        let plain = try await store.addSource(url: "http://b.example/feed.xml")
        try await store.updateSource(plain.id, with: SourceUpdate(title: "The feed's", homePageURL: "http://feed.example/"))
        let feedTitled = try #require(try await store.source(url: plain.url))
        #expect(feedTitled.title == "The feed's" && feedTitled.homePageURL == "http://feed.example/")
    }

    @Test func aSourceIsFoundByNumberOrURL() async throws {
        let store = try StoreFactory.make("memory")
        let first = try await store.addSource(url: "http://a.example/feed.xml")
        let second = try await store.addSource(url: "http://b.example/feed.xml")
        #expect(try await store.source(reference: String(second.id)) == second)
        #expect(try await store.source(reference: "http://a.example/feed.xml") == first)
        #expect(try await store.source(reference: "999") == nil)
        #expect(try await store.source(reference: "http://nowhere.example/") == nil)
    }

    @Test func anAttemptSavesTheScheduleWholeAndASuccessClearsTheDeferral() async throws {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "http://a.example/feed.xml")
        let started = Date(timeIntervalSince1970: 1_700_000_000)
        let until = started.addingTimeInterval(900)
        try await store.updateSource(source.id, with: SourceUpdate(
            error: "HTTP 500",
            attempt: SyncAttempt(startedAt: started, consecutiveFailures: 3, deferral: SourceDeferral(reason: .backingOff, until: until))))
        let failed = try #require(try await store.source(url: source.url))
        #expect(failed.consecutiveFailures == 3 && failed.lastAttemptAt == started)
        #expect(failed.deferral == SourceDeferral(reason: .backingOff, until: until))

        try await store.updateSource(source.id, with: SourceUpdate(
            syncedAt: started, attempt: SyncAttempt(startedAt: started, consecutiveFailures: 0, deferral: nil)))
        let healed = try #require(try await store.source(url: source.url))
        #expect(healed.consecutiveFailures == 0 && healed.deferral == nil && healed.lastError == nil)
    }

    @Test func overviewsCountArticlesUnreadAndBookmarksPerSource() async throws {
        let store = try StoreFactory.make("disk")
        let a = try await store.addSource(url: "http://a.example/feed.xml")
        let b = try await store.addSource(url: "http://b.example/feed.xml")
        let empty = try await store.addSource(url: "http://c.example/feed.xml")
        let articles = (1...3).map { StoreFactory.article("a-\($0)", source: a) }
        _ = try await store.apply(ArticleBatch(articles: articles), to: a.id)
        _ = try await store.apply(ArticleBatch(articles: [StoreFactory.article("b-1", source: b)]), to: b.id)
        _ = try await store.setFlag(.read, to: true, for: [articles[0].id, articles[1].id])
        _ = try await store.setFlag(.bookmarked, to: true, for: [articles[2].id])
        let overviews = try await store.sourceOverviews()
        #expect(overviews.map(\.source.id) == [a.id, b.id, empty.id])
        #expect(overviews.map(\.articles) == [3, 1, 0])
        #expect(overviews.map(\.unread) == [1, 1, 0])
        #expect(overviews.map(\.bookmarked) == [1, 0, 0])
        let status = try await store.status()
        #expect(status.articles == 4 && status.unread == 2 && status.bookmarked == 1)
    }
}
