import Foundation
import ReaderModels
import ReaderStore
import ReaderTestSupport
import Testing

/// Caches written by the `reader` of earlier schema versions open with today's
/// store, migrate to the latest version and keep what they held.
///
/// `Fixtures/databases/v1-two-feeds.sqlite` was written by `reader` at commit
/// cbb923a (schema v1) and `v2-two-feeds.sqlite` at e855797 (schema v2), each
/// the same way: `reader sync --endpoint` of `Fixtures/feeds/rss/seeds.xml`
/// and `no-guid.xml` served on http://127.0.0.1:18763, then `reader read
/// 361d73bedd845dfc 0d3191507f3c46d8` and `reader bookmark 12d529420e8e9934
/// 361d73bedd845dfc`.
@Suite struct MigrationFixtureTests {
    static let fixtures = ["databases/v1-two-feeds.sqlite", "databases/v2-two-feeds.sqlite"]

    /// The articles as the old `reader` stored them: id, source, the item's own id, title.
    static let articles: [(id: ArticleID, feed: String, remoteID: String, title: String)] = [
        ("e99b7a30688e5345", "no-guid.xml", "https://ip.example.org/news/anhui-ip-court.html", "Permalink guid, no link"),
        ("40e8119f2efd9819", "no-guid.xml", "11feb184dbd199db",
            "Hubei Province resumed patent examination services in Wuhan after the epidemic…"),
        ("d7aa7591bb466a64", "no-guid.xml", "7add4567e5560c84", "Neither guid nor link: Zhejiang trademark campaign"),
        ("0d3191507f3c46d8", "no-guid.xml", "https://ip.example.org/news/jiangsu-patent-pledge.html",
            "Link only: Jiangsu patent pledge financing grows"),
        ("361d73bedd845dfc", "seeds.xml", "cnipa-yunnan-ip-week-2020",
            "IP Publicity Week Events in Yunnan Province Launched Comprehensively"),
        ("12d529420e8e9934", "seeds.xml", "cnipa-liaoning-ip-week-2020",
            "Launching Ceremony of IP Publicity Week 2020 of Liaoning Province & Shenyang City Held"),
    ]

    /// A copy of `fixture` in a folder of its own, opened with today's store.
    func open(_ fixture: String) throws -> (store: ArticleStore, path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("cache.sqlite").path
        try FileManager.default.copyItem(at: Fixtures.url(fixture), to: URL(fileURLWithPath: path))
        return (try ArticleStore(path: path), path, folder)
    }

    @Test(arguments: fixtures)
    func migratesToTheLatestSchema(fixture: String) throws {
        let (_, path, folder) = try open(fixture)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("fresh.sqlite").path
        _ = try ArticleStore(path: fresh)
        let migrations = "SELECT identifier FROM grdb_migrations ORDER BY rowid"
        #expect(try SQLiteShell.run(migrations, on: path) == SQLiteShell.run(migrations, on: fresh))
        #expect(try SQLiteShell.run("PRAGMA integrity_check", on: path) == "ok")
        // v12: the full-text index merges 8 segments at a time, in both.
        let automerge = "SELECT v FROM article_search_config WHERE k = 'automerge'"
        #expect(try SQLiteShell.run(automerge, on: path) == "8")
        #expect(try SQLiteShell.run(automerge, on: fresh) == "8")
        // A new cache has 8 KiB pages; an old one keeps the 4 KiB it was made with.
        #expect(try SQLiteShell.run("PRAGMA page_size", on: fresh) == "8192")
        #expect(try SQLiteShell.run("PRAGMA page_size", on: path) == "4096")
    }

    @Test(arguments: fixtures)
    func keepsSourcesArticlesReadStateAndBookmarks(fixture: String) async throws {
        let (store, _, folder) = try open(fixture)
        defer { try? FileManager.default.removeItem(at: folder) }

        let sources = try await store.sources()
        #expect(sources.map(\.url) == ["http://127.0.0.1:18763/seeds.xml", "http://127.0.0.1:18763/no-guid.xml"])
        #expect(sources.map(\.title) == ["CNIPA News: Local IP Work", "Items without guids"])

        let entries = try await store.articles(ArticleQuery())
        #expect(entries.map(\.article.id) == Self.articles.map(\.id))
        #expect(entries.map(\.article.title) == Self.articles.map(\.title))
        #expect(entries.map(\.article.remoteID) == Self.articles.map(\.remoteID))
        // Today's ids of what the old reader stored are the ids it stored: state
        // from another device still finds these articles.
        for (entry, expected) in zip(entries, Self.articles) {
            #expect(ArticleID(sourceURL: "http://127.0.0.1:18763/" + expected.feed, remoteID: expected.remoteID) == entry.article.id)
        }

        #expect(try await store.articles(ArticleQuery(unreadOnly: true)).map(\.article.id)
            == ["e99b7a30688e5345", "40e8119f2efd9819", "d7aa7591bb466a64", "12d529420e8e9934"])
        #expect(try await store.articles(ArticleQuery(bookmarkedOnly: true)).map(\.article.id)
            == ["361d73bedd845dfc", "12d529420e8e9934"])
        let yunnan = try await store.state(of: "361d73bedd845dfc")
        #expect(yunnan.isRead && yunnan.isBookmarked)
    }

    @Test(arguments: fixtures)
    func searchesFiltersAndMarksAfterMigrating(fixture: String) async throws {
        let (store, _, folder) = try open(fixture)
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect(try await store.articles(ArticleQuery(province: .yunnan)).map(\.article.id) == ["361d73bedd845dfc"])
        #expect(try await store.articles(ArticleQuery(search: "trademark")).map(\.article.id) == ["d7aa7591bb466a64", "12d529420e8e9934"])
        try await store.setFlag(.read, to: true, for: ["40e8119f2efd9819"])
        #expect(try await store.state(of: "40e8119f2efd9819").isRead)
        #expect(try await store.articles(ArticleQuery(unreadOnly: true)).count == 3)
    }

    /// The index is made again from the migrated rows (schema v11 made it
    /// contentless), so removing every source takes away every term it holds.
    @Test(arguments: fixtures)
    func theIndexIsMadeAgainFromTheRowsAfterMigrating(fixture: String) async throws {
        let (store, path, folder) = try open(fixture)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SearchIndexTests.indexedTerms(in: path).contains("liaon"))

        for source in try await store.sources() {
            _ = try await store.removeSource(url: source.url)
        }

        #expect(try SearchIndexTests.indexedTerms(in: path) == [])
        #expect(try SQLiteShell.run("INSERT INTO article_search (article_search) VALUES ('integrity-check')", on: path) == "")
    }
}
