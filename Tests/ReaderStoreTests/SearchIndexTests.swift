import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// The contentless full-text index: every removal takes away exactly the
/// terms its entry added (else stale terms would match whatever article
/// later takes the same sort key), and an index made another way is made
/// again when the cache opens.
@Suite struct SearchIndexTests {
    /// The distinct terms left in the index, read from another process
    /// through an `fts5vocab` table.
    static func indexedTerms(in path: String) throws -> [String] {
        let output = try SQLiteShell.run(
            """
            CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, article_search, row);
            SELECT term FROM temp.terms WHERE doc > 0 ORDER BY term;
            """, on: path)
        return output.isEmpty ? [] : output.components(separatedBy: "\n")
    }

    static func cachePath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("reader-search-\(UUID().uuidString)/cache.sqlite").path
    }

    @Test func retractedEditedMovedAndRemovedArticlesLeaveNoTermsBehind() async throws {
        let path = Self.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let retracted = StoreFactory.article("a", source: source, title: "Kunming zebra", html: "<p>云南专利 quokka</p>")
        var edited = StoreFactory.article("b", source: source, title: "Harbin walrus", html: "<p>冰雪 narwhal</p>")
        var moved = StoreFactory.article("c", source: source, title: "Lhasa yak", html: "<p>Plateau ibex</p>")
        _ = try await store.apply(ArticleBatch(articles: [retracted, edited, moved]), to: source.id)
        #expect(try await store.indexQueuedArticles() == 0)
        #expect(try Self.indexedTerms(in: path).contains("quokka"))

        edited.title = "Harbin seal"
        edited.contentHTML = "<p>冰灯 penguin</p>"
        edited.updated = edited.updated.addingTimeInterval(60)
        moved.published = moved.published.addingTimeInterval(86_400)  // a new sort key: removed and stored again
        moved.updated = moved.published
        moved.contentHTML = "<p>Plateau gazelle</p>"
        _ = try await store.apply(ArticleBatch(articles: [edited, moved], retractedIDs: [retracted.id]), to: source.id)
        #expect(try await store.indexQueuedArticles() == 0)

        let terms = try Self.indexedTerms(in: path)
        for gone in ["zebra", "quokka", "云南", "专利", "walrus", "narwhal", "冰雪", "ibex"] {
            #expect(!terms.contains(gone), "\(gone) is still indexed")
        }
        for kept in ["harbin", "seal", "penguin", "冰灯", "lhasa", "gazel"] {
            #expect(terms.contains(kept), "\(kept) is not indexed")
        }
        #expect(try await store.articles(ArticleQuery(search: "walrus")).isEmpty)
        #expect(try await store.articles(ArticleQuery(search: "penguin")).map(\.article.id) == [edited.id])
        #expect(try await store.articles(ArticleQuery(search: "gazelle")).map(\.article.id) == [moved.id])

        _ = try await store.removeSource(url: source.url)
        #expect(try Self.indexedTerms(in: path) == [])
    }

    @Test func prunedArticlesLeaveNoTermsBehind() async throws {
        let path = Self.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let old = StoreFactory.article("old", source: source, title: "Old okapi", html: "<p>广西 tapir</p>")
        let new = StoreFactory.article(
            "new", source: source, title: "New lynx", html: "<p>Otter</p>",
            published: StoreFactory.day.addingTimeInterval(86_400))
        _ = try await store.apply(ArticleBatch(articles: [old, new]), to: source.id)
        #expect(try await store.indexQueuedArticles() == 0)

        let report = try await store.prune(RetentionPolicy(maxCount: 1), now: StoreFactory.day.addingTimeInterval(86_400))

        #expect(report.articleIDs == [old.id])
        #expect(try Self.indexedTerms(in: path) == ["lynx", "new", "otter"])
    }

    @Test func anIndexMadeAnotherWayIsMadeAgainWhenTheCacheOpens() async throws {
        let path = Self.cachePath()
        do {
            let store = try ArticleStore(path: path)
            let source = try await store.addSource(url: "https://news.example/feed.xml")
            _ = try await store.apply(
                ArticleBatch(articles: [StoreFactory.article("a", source: source, title: "昆明 patents")]),
                to: source.id)
        }
        _ = try SQLiteShell.run(
            """
            INSERT INTO article_search (article_search) VALUES ('delete-all');
            UPDATE search_index_format SET format = 0;
            """, on: path)
        #expect(try Self.indexedTerms(in: path) == [])

        let reopened = try ArticleStore(path: path)

        #expect(try await reopened.articles(ArticleQuery(search: "patent")).count == 1)
        #expect(try await reopened.articles(ArticleQuery(search: "昆明")).count == 1)
        #expect(try SQLiteShell.run("SELECT format FROM search_index_format", on: path) == "1")
    }
}
