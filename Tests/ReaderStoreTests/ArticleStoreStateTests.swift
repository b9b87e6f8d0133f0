import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct ArticleStoreStateTests {
    private func endpointWithArticle() async throws -> (ArticleStore, Source, Article) {
        let store = try StoreFactory.make("disk")
        var source = try await store.addSource(url: "http://sync.example/api")
        try await store.updateSource(source.id, with: SourceUpdate(kind: .syncEndpoint))
        source.kind = .syncEndpoint
        let article = StoreFactory.article("a-1", source: source)
        _ = try await store.apply(ArticleBatch(articles: [article]), to: source.id)
        return (store, source, article)
    }

    @Test func aLocalEditWritesStateAndOutboxTogether() async throws {
        let (store, source, article) = try await endpointWithArticle()
        #expect(try await store.setFlag(.read, to: true, for: [article.id]) == MarkResult(marked: 1, changed: 1))
        #expect(try await store.setFlag(.read, to: true, for: [article.id]) == MarkResult(marked: 1, changed: 0))
        let pending = try await store.pendingChanges(for: source)
        #expect(pending.count == 1)
        #expect(pending.first?.remoteID == "a-1" && pending.first?.value == true)
        #expect(pending.first?.clock.device == (try await store.deviceID()))
        try await store.acknowledge(pending, for: source)
        #expect(try await store.outboxCount() == 0)
        #expect(try await store.state(of: article.id).isRead)
    }

    @Test func aMarkThatRepeatsTheValueIsRecordedWithAFreshClock() async throws {
        let (store, source, article) = try await endpointWithArticle()
        try await store.setFlag(.bookmarked, to: true, for: [article.id], now: StoreFactory.day)
        let first = try await store.pendingChanges(for: source)
        try await store.acknowledge(first, for: source)
        #expect(try await store.setFlag(.bookmarked, to: true, for: [article.id], now: StoreFactory.day).changed == 0)
        let repeated = try await store.pendingChanges(for: source)
        #expect(repeated.count == 1 && repeated.first?.value == true)
        let firstClock = try #require(first.first?.clock)
        let repeatClock = try #require(repeated.first?.clock)
        #expect(repeatClock > firstClock)
        #expect(try await store.state(of: article.id).bookmarkedClock == repeatClock)
    }

    @Test func anUnknownIDChangesNothing() async throws {
        let (store, _, article) = try await endpointWithArticle()
        await #expect(throws: StoreError.articleNotFound("ffffffffffffffff")) {
            try await store.setFlag(.read, to: true, for: [article.id, ArticleID(rawValue: "ffffffffffffffff")])
        }
        #expect(try await store.state(of: article.id).isRead == false)
        #expect(try await store.outboxCount() == 0)
    }

    @Test func aNewerLocalChangeSurvivesTheAcknowledgementOfAnOlderOne() async throws {
        let (store, source, article) = try await endpointWithArticle()
        try await store.setFlag(.read, to: true, for: [article.id])
        let sent = try await store.pendingChanges(for: source)
        try await store.setFlag(.read, to: false, for: [article.id])
        try await store.acknowledge(sent, for: source)
        #expect(try await store.pendingChanges(for: source).map(\.value) == [false])
    }

    @Test func remoteChangesMergeByLastWriterWins() async throws {
        let (store, source, article) = try await endpointWithArticle()
        try await store.setFlag(.read, to: true, for: [article.id], now: StoreFactory.day)
        let local = try #require(try await store.state(of: article.id).readClock)
        let older = StateChange(remoteID: "a-1", field: .read, value: false, clock: .init(ms: local.ms - 1, counter: 0, device: "zz"))
        #expect(try await store.applyRemoteChanges([older], from: source, stateCursor: "s1").applied == 0)
        #expect(try await store.state(of: article.id).isRead)
        let newer = StateChange(remoteID: "a-1", field: .read, value: false, clock: .init(ms: local.ms + 1, counter: 0, device: "zz"))
        #expect(try await store.applyRemoteChanges([newer, newer], from: source, stateCursor: "s2").applied == 1)
        #expect(try await store.state(of: article.id).isRead == false)
        #expect(try await store.source(url: source.url)?.stateCursor == "s2")
    }

    @Test func stateForAnArticleNotYetDownloadedShowsWhenItArrives() async throws {
        let (store, source, _) = try await endpointWithArticle()
        let change = StateChange(remoteID: "later", field: .bookmarked, value: true, clock: .init(ms: 5, counter: 0, device: "x"))
        #expect(try await store.applyRemoteChanges([change], from: source, stateCursor: nil).applied == 1)
        #expect(try await store.articles(ArticleQuery(bookmarkedOnly: true)).isEmpty)
        let later = StoreFactory.article("later", source: source)
        _ = try await store.apply(ArticleBatch(articles: [later]), to: source.id)
        #expect(try await store.articles(ArticleQuery(bookmarkedOnly: true)).map(\.id) == [later.id])
    }

    @Test func aClockReceivedFromAnotherDeviceMovesTheLocalClockForward() async throws {
        let (store, source, article) = try await endpointWithArticle()
        // Two minutes ahead of this device's wall clock: within the clock bound.
        let future = HybridLogicalClock(
            ms: HybridLogicalClock.ms(of: StoreFactory.day) + 120_000, counter: 9, device: "ahead")
        let remote = StateChange(remoteID: "a-1", field: .read, value: true, clock: future)
        _ = try await store.applyRemoteChanges(
            [remote], from: source, stateCursor: nil, serverTime: StoreFactory.day, now: StoreFactory.day)
        try await store.setFlag(.read, to: false, for: [article.id], now: StoreFactory.day)
        let stamped = try #require(try await store.state(of: article.id).readClock)
        #expect(stamped > future)
        #expect(try await store.state(of: article.id).isRead == false)
    }

    @Test func feedSourcesKeepStateLocalOnly() async throws {
        let store = try StoreFactory.make("memory")
        let source = try await store.addSource(url: "http://feeds.example/rss")
        try await store.updateSource(source.id, with: SourceUpdate(kind: .feed))
        let article = StoreFactory.article("a", source: source)
        _ = try await store.apply(ArticleBatch(articles: [article]), to: source.id)
        #expect(try await store.setFlag(.read, to: true, matching: ArticleQuery()).changed == 1)
        #expect(try await store.outboxCount() == 0)
        #expect(try await store.status().unread == 0)
    }
}
