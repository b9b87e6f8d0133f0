import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// Storing an article queues it for the full-text index; a search, or
/// `indexQueuedArticles`, makes the entries, and a search always finds what
/// it would have found had every article been indexed as it was stored.
@Suite struct SearchQueueTests {
    @Test func storingQueuesAndASearchIndexesTheQueueFirst() async throws {
        let path = SearchIndexTests.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let articles = (0..<5).map { n in
            StoreFactory.article(
                "a\(n)", source: source, title: "云南专利 \(n)", html: "<p>Kunming patents, part \(n)</p>",
                published: StoreFactory.day.addingTimeInterval(Double(n) * 60))
        }
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)
        #expect(try await store.queuedForSearch() == 5)
        #expect(try SearchIndexTests.indexedTerms(in: path).isEmpty)

        #expect(try await store.count(ArticleQuery(search: "专利")) == 5)
        #expect(try await store.queuedForSearch() == 0)
        #expect(try SearchIndexTests.indexedTerms(in: path).contains("patent"))
        let fresh = try await SearchIndexChurnTests.freshIndexContents(of: articles, sourceURL: source.url)
        #expect(try SearchIndexChurnTests.indexContents(at: path) == fresh)
    }

    @Test(arguments: StoreFactory.flavours)
    func everySearchingCallFindsQueuedArticles(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let first = StoreFactory.article("a", source: source, title: "Harbin trademark fair")
        _ = try await store.apply(ArticleBatch(articles: [first]), to: source.id)
        #expect(try await store.articles(ArticleQuery(search: "trademark")).map(\.article.id) == [first.id])

        let second = StoreFactory.article(
            "b", source: source, title: "Harbin trademark office", published: StoreFactory.day.addingTimeInterval(60))
        _ = try await store.apply(ArticleBatch(articles: [second]), to: source.id)
        #expect(try await store.count(ArticleQuery(search: "trademark")) == 2)

        let third = StoreFactory.article(
            "c", source: source, title: "Harbin trademark law", published: StoreFactory.day.addingTimeInterval(120))
        _ = try await store.apply(ArticleBatch(articles: [third]), to: source.id)
        let marked = try await store.setFlag(.read, to: true, matching: ArticleQuery(search: "trademark law"))
        #expect(marked.marked == 1)
        #expect(try await store.articles(ArticleQuery(search: "trademark NOT law")).map(\.article.id) == [second.id, first.id])
    }

    @Test func indexingInParts() async throws {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let articles = (0..<5_000).map { n in
            StoreFactory.article(
                "a\(n)", source: source, title: "Yunnan patent \(n)", published: StoreFactory.day.addingTimeInterval(Double(n)))
        }
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)

        #expect(try await store.indexQueuedArticles(limit: 1_500) == 3_500)
        #expect(try await store.indexQueuedArticles(limit: 2_500) == 1_000)
        #expect(try await store.indexQueuedArticles(limit: 0) == 1_000)
        #expect(try await store.indexQueuedArticles() == 0)
        #expect(try await store.indexQueuedArticles() == 0)
        #expect(try await store.count(ArticleQuery(search: "patent")) == 5_000)
    }

    /// A queued article has no entry: removing or replacing it takes it off
    /// the queue and never sends the index a `delete` for terms it lacks,
    /// which would leave others' terms corrupted or fail as "malformed".
    @Test func queuedArticlesRetractedEditedAndPrunedLeaveNothingBehind() async throws {
        let path = SearchIndexTests.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let day = StoreFactory.day
        let kept = StoreFactory.article("k", source: source, title: "Lhasa yak", published: day.addingTimeInterval(600))
        let retracted = StoreFactory.article("r", source: source, title: "Kunming zebra")
        var edited = StoreFactory.article("e", source: source, title: "Harbin walrus", published: day.addingTimeInterval(60))
        let pruned = StoreFactory.article("p", source: source, title: "Nanning quokka", published: day.addingTimeInterval(-60))
        _ = try await store.apply(ArticleBatch(articles: [kept, retracted, edited, pruned]), to: source.id)

        _ = try await store.apply(ArticleBatch(retractedIDs: [retracted.id]), to: source.id)
        edited = SearchIndexChurnTests.edited(edited, title: "Harbin seal", html: "<p>penguin</p>", minutes: 1)
        #expect(try await store.apply(ArticleBatch(articles: [edited]), to: source.id).updated == 1)
        let report = try await store.prune(RetentionPolicy(maxCount: 2), now: day.addingTimeInterval(600))
        #expect(report.articleIDs == [pruned.id])
        #expect(try await store.queuedForSearch() == 2)

        #expect(try await store.indexQueuedArticles() == 0)
        let contents = try SearchIndexChurnTests.indexContents(at: path)
        #expect(!contents.contains("Error"), "\(contents)")
        #expect(try await contents == SearchIndexChurnTests.freshIndexContents(of: [kept, edited], sourceURL: source.url))
        #expect(try await store.articles(ArticleQuery(search: "zebra OR walrus OR quokka")).isEmpty)
    }
}
