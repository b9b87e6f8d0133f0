import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// After any history of stores, retractions, edits and prunes, the
/// contentless index holds exactly what a cache given only the articles
/// left would hold: the same terms at the same positions of the same rows,
/// the same per-row sizes and the same totals, and FTS5's own integrity
/// check passes. A removal given other text than its entry was made from
/// leaves terms behind (or, when it takes more than the index holds, fails
/// with "database disk image is malformed"), and shows up here.
@Suite struct SearchIndexChurnTests {
    /// Everything the index keeps, read by the `sqlite3` shell: the integrity
    /// check's error if any, every term instance (as bytes: Swift's `==`
    /// calls canonically equivalent terms equal), every row's size and the
    /// totals record. On SQLite 3.40 the integrity check of a contentless
    /// table checks only its structure, not what its rows hold.
    static func indexContents(at path: String) throws -> String {
        try SQLiteShell.run(
            """
            INSERT INTO article_search (article_search) VALUES ('integrity-check');
            CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, article_search, instance);
            SELECT hex(term), doc, col, offset FROM temp.instances ORDER BY term, doc, col, offset;
            SELECT 'size', id, hex(sz) FROM article_search_docsize ORDER BY id;
            SELECT 'totals', hex(block) FROM article_search_data WHERE id = 1;
            """, on: path)
    }

    /// The index contents of a new cache given `articles` in one page.
    static func freshIndexContents(of articles: [Article], sourceURL: String) async throws -> String {
        let path = SearchIndexTests.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: sourceURL)
        let own = articles.map { article in
            var article = article
            article.sourceID = source.id
            return article
        }
        _ = try await store.apply(ArticleBatch(articles: own), to: source.id)
        try await store.indexQueuedArticles()
        return try indexContents(at: path)
    }

    static func edited(_ article: Article, title: String, html: String, minutes: Double) -> Article {
        var article = article
        article.title = title
        article.contentHTML = html
        article.updated = article.updated.addingTimeInterval(minutes * 60)
        return article
    }

    @Test func anIndexThroughRetractionsEditsAndPrunesHoldsWhatAFreshOneWould() async throws {
        let path = SearchIndexTests.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let day = StoreFactory.day
        var a = StoreFactory.article("a", source: source, title: "Kunming zebra", html: "<p>云南专利 quokka</p>")
        var b = StoreFactory.article(
            "b", source: source, title: "Harbin walrus", html: "<p>冰雪 narwhal</p>",
            published: day.addingTimeInterval(60))
        var c = StoreFactory.article(
            "c", source: source, title: "Lhasa yak", html: "<p>Plateau ibex</p>",
            published: day.addingTimeInterval(120))
        _ = try await store.apply(ArticleBatch(articles: [a, b, c]), to: source.id)
        // Some removals below take entries out of the index, others articles
        // off the queue, which holds what a sync stored since the last search.
        try await store.indexQueuedArticles()

        // Retracted, then stored again at the same sort key, in two transactions.
        _ = try await store.apply(ArticleBatch(retractedIDs: [a.id]), to: source.id)
        #expect(try await store.apply(ArticleBatch(articles: [a]), to: source.id) == ApplyResult(new: 1))
        // Retracted and stored again, edited, in one transaction.
        b = Self.edited(b, title: "Harbin seal", html: "<p>冰灯 penguin</p>", minutes: 1)
        #expect(try await store.apply(ArticleBatch(articles: [b], retractedIDs: [b.id]), to: source.id).new == 1)
        // Edited twice in two transactions, then twice in one page.
        c = Self.edited(c, title: "Lhasa yak herd", html: "<p>Plateau gazelle</p>", minutes: 1)
        _ = try await store.apply(ArticleBatch(articles: [c]), to: source.id)
        try await store.indexQueuedArticles()
        c = Self.edited(c, title: "Lhasa", html: "<p>Plateau gazelle and ibex, 西藏 高原</p>", minutes: 1)
        _ = try await store.apply(ArticleBatch(articles: [c]), to: source.id)
        let between = Self.edited(c, title: "Lhasa kiang", html: "<p>Wild ass</p>", minutes: 1)
        c = Self.edited(between, title: "Lhasa kiang herd", html: "<p>Wild asses 西藏</p>", minutes: 1)
        #expect(try await store.apply(ArticleBatch(articles: [between, c]), to: source.id).updated == 2)
        // Pruned, then synced again.
        let report = try await store.prune(RetentionPolicy(maxCount: 1), now: day.addingTimeInterval(120))
        #expect(Set(report.articleIDs) == [a.id, b.id])
        a = Self.edited(a, title: "Kunming zebra crossing", html: "<p>云南专利</p>", minutes: 5)
        #expect(try await store.apply(ArticleBatch(articles: [a, b]), to: source.id) == ApplyResult(new: 2))

        #expect(try await store.indexQueuedArticles() == 0)
        let contents = try Self.indexContents(at: path)
        #expect(!contents.contains("Error"), "\(contents)")
        #expect(try await contents == Self.freshIndexContents(of: [a, b, c], sourceURL: source.url))
        #expect(try await store.articles(ArticleQuery(search: "walrus OR narwhal OR quokka OR ibex")).isEmpty)
        #expect(try await store.articles(ArticleQuery(search: "penguin")).map(\.article.id) == [b.id])
        #expect(try await store.articles(ArticleQuery(search: "西藏 kiang")).map(\.article.id) == [c.id])
        #expect(try await store.articles(ArticleQuery(search: "云南 crossing")).map(\.article.id) == [a.id])
    }

    /// An article whose text Swift calls equal to another's but whose bytes
    /// differ (Hangul syllables against their jamo) is indexed from its own
    /// bytes, which its row keeps and removing the entry works out again:
    /// replacing one with the other, and retracting it, leave nothing behind.
    @Test func equivalentTextWithOtherBytesIsIndexedAndRemovedByItsOwnBytes() async throws {
        let path = SearchIndexTests.cachePath()
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let syllables = "\u{D55C}\u{AD6D} patents"  // 한국, precomposed
        let jamo = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} patents"  // the same, decomposed
        #expect(syllables == jamo && !syllables.utf8.elementsEqual(jamo.utf8))
        var article = StoreFactory.article("a", source: source, title: syllables)
        _ = try await store.apply(ArticleBatch(articles: [article]), to: source.id)
        #expect(try await store.indexQueuedArticles() == 0)
        article = Self.edited(article, title: jamo, html: article.contentHTML ?? "", minutes: 1)
        #expect(try await store.apply(ArticleBatch(articles: [article]), to: source.id).updated == 1)
        #expect(try await store.indexQueuedArticles() == 0)
        let fresh = try await Self.freshIndexContents(of: [article], sourceURL: source.url)
        #expect(try Self.indexContents(at: path) == fresh)

        _ = try await store.apply(ArticleBatch(retractedIDs: [article.id]), to: source.id)

        #expect(try SearchIndexTests.indexedTerms(in: path) == [])
    }
}
