import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct ArticleStoreApplyTests {
    @Test(arguments: StoreFactory.flavours)
    func newArticlesAreStoredAndListedNewestFirst(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let older = StoreFactory.article("a", source: source, published: StoreFactory.day)
        let newer = StoreFactory.article("b", source: source, published: StoreFactory.day.addingTimeInterval(60))
        let result = try await store.apply(ArticleBatch(articles: [older, newer]), to: source.id)
        #expect(result == ApplyResult(new: 2))
        let listed = try await store.articles(ArticleQuery())
        #expect(listed.map(\.article) == [newer, older])
    }

    @Test(arguments: StoreFactory.flavours)
    func anIdenticalCopyWritesNothingAndAnOlderCopyNeverReplaces(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let edited = StoreFactory.article("a", source: source, title: "Edited", updated: StoreFactory.day.addingTimeInterval(3600))
        _ = try await store.apply(ArticleBatch(articles: [edited]), to: source.id)
        let stale = StoreFactory.article("a", source: source, title: "Original")
        #expect(try await store.apply(ArticleBatch(articles: [edited, stale]), to: source.id) == ApplyResult(unchanged: 2))
        #expect(try await store.article(id: edited.id)?.article.title == "Edited")
    }

    @Test(arguments: StoreFactory.flavours)
    func aNewerCopyReplacesAndKeepsReadState(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let original = StoreFactory.article("a", source: source, title: "Original", provinces: [.yunnan])
        _ = try await store.apply(ArticleBatch(articles: [original]), to: source.id)
        try await store.setFlag(.read, to: true, for: [original.id])
        try await store.setFlag(.bookmarked, to: true, for: [original.id])
        let edited = StoreFactory.article(
            "a", source: source, title: "Edited", published: StoreFactory.day.addingTimeInterval(-86400 * 3),
            updated: StoreFactory.day.addingTimeInterval(60), provinces: [.liaoning])
        #expect(try await store.apply(ArticleBatch(articles: [edited]), to: source.id) == ApplyResult(updated: 1))
        let entry = try #require(try await store.article(id: original.id))
        #expect(entry.article == edited)
        #expect(entry.isRead && entry.isBookmarked)
        #expect(try await store.articles(ArticleQuery(province: .yunnan)).isEmpty)
        #expect(try await store.articles(ArticleQuery(province: .liaoning)).map(\.id) == [original.id])
        #expect(try await store.articles(ArticleQuery(search: "edited")).map(\.id) == [original.id])
        #expect(try await store.articles(ArticleQuery(search: "original")).isEmpty)
    }

    @Test(arguments: StoreFactory.flavours)
    func undatedItemsKeepTheirFirstSeenDates(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let first = StoreFactory.article("a", source: source, published: StoreFactory.day)
        _ = try await store.apply(ArticleBatch(articles: [first], undatedIDs: [first.id]), to: source.id)
        let later = StoreFactory.article("a", source: source, published: StoreFactory.day.addingTimeInterval(999))
        let result = try await store.apply(ArticleBatch(articles: [later], undatedIDs: [later.id]), to: source.id)
        #expect(result == ApplyResult(unchanged: 1))
        #expect(try await store.article(id: first.id)?.article.published == StoreFactory.day)
    }

    @Test(arguments: StoreFactory.flavours)
    func retractionRemovesFromListsSearchAndProvincesButKeepsState(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://sync.example/api")
        let article = StoreFactory.article("gone", source: source, title: "Patent news", provinces: [.hubei])
        _ = try await store.apply(ArticleBatch(articles: [article]), to: source.id)
        try await store.setFlag(.bookmarked, to: true, for: [article.id])
        let result = try await store.apply(ArticleBatch(retractedIDs: [article.id, ArticleID(rawValue: "0000000000000000")]), to: source.id)
        #expect(result == ApplyResult(retracted: 1))
        #expect(try await store.article(id: article.id) == nil)
        #expect(try await store.articles(ArticleQuery(search: "patent")).isEmpty)
        #expect(try await store.articles(ArticleQuery(province: .hubei)).isEmpty)
        #expect(try await store.provinceCounts().isEmpty)
        #expect(try await store.state(of: article.id).isBookmarked)
        // It may come back later, and is stored again with its state.
        #expect(try await store.apply(ArticleBatch(articles: [article]), to: source.id) == ApplyResult(new: 1))
        #expect(try await store.articles(ArticleQuery(bookmarkedOnly: true)).map(\.id) == [article.id])
    }

    @Test(arguments: StoreFactory.flavours)
    func thePageCursorIsSavedWithThePage(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://sync.example/api/")
        #expect(source.url == "http://sync.example/api")
        let article = StoreFactory.article("a", source: source)
        _ = try await store.apply(
            ArticleBatch(articles: [article]), to: source.id, progress: SourceUpdate(kind: .syncEndpoint, articleCursor: "c1"))
        let saved = try #require(try await store.source(url: "http://sync.example/api"))
        #expect(saved.articleCursor == "c1" && saved.kind == .syncEndpoint)
        try await store.updateSource(source.id, with: SourceUpdate(restartArticleStream: true))
        #expect(try await store.source(url: source.url)?.articleCursor == nil)
    }

    @Test(arguments: StoreFactory.flavours)
    func aRepullRemovesWhatItDidNotDeliverOnlyAtItsEnd(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "http://sync.example/api")
        let cached = ["a", "b", "c", "d"].map { StoreFactory.article($0, source: source) }
        _ = try await store.apply(ArticleBatch(articles: cached), to: source.id, progress: SourceUpdate(articleCursor: "c4"))
        try await store.setFlag(.bookmarked, to: true, for: [cached[3].id])

        // The server pruned the tombstones of "c" and "d": the re-pull delivers only "a" and "b".
        try await store.updateSource(source.id, with: SourceUpdate(restartArticleStream: true))
        let first = try await store.apply(
            ArticleBatch(articles: [cached[0]]), to: source.id, progress: SourceUpdate(articleCursor: "r1"))
        #expect(first.retracted == 0)
        #expect(try await store.articles(ArticleQuery()).count == 4, "nothing is removed before the stream ends")
        let last = try await store.apply(
            ArticleBatch(articles: [cached[1]]), to: source.id,
            progress: SourceUpdate(articleCursor: "r2", reachedArticleStreamEnd: true))
        #expect(last.retracted == 2)
        #expect(Set(try await store.articles(ArticleQuery()).map(\.article.id)) == [cached[0].id, cached[1].id])
        #expect(try await store.state(of: cached[3].id).isBookmarked, "state outlives its article")

        // The ledger is closed: a later end of stream removes nothing more.
        let later = try await store.apply(
            ArticleBatch(), to: source.id, progress: SourceUpdate(articleCursor: "r3", reachedArticleStreamEnd: true))
        #expect(later.retracted == 0)
        #expect(try await store.articles(ArticleQuery()).count == 2)
    }

    @Test func onlyASourceWithNothingStoredIsRemovedAsEmpty() async throws {
        let store = try StoreFactory.make("memory")
        let empty = try await store.addSource(url: "http://feeds.example/empty.xml")
        let partial = try await store.addSource(url: "http://feeds.example/partial.xml")
        _ = try await store.apply(ArticleBatch(articles: [StoreFactory.article("a", source: partial)]), to: partial.id)
        #expect(try await store.removeSourceIfEmpty(url: partial.url) == false)
        #expect(try await store.removeSourceIfEmpty(url: empty.url))
        #expect(try await store.sources().map(\.url) == [partial.url])
    }

    @Test func manyArticlesInOneSecondAllGetKeys() async throws {
        let store = try StoreFactory.make("memory")
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let articles = (0..<300).map { StoreFactory.article("same-second-\($0)", source: source) }
        #expect(try await store.apply(ArticleBatch(articles: articles), to: source.id).new == 300)
        #expect(try await store.articles(ArticleQuery()).count == 300)
    }
}
