import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// Issue 14: the write-ahead log is copied back into the cache file while the
/// store stays open, off the writer (``WALCheckpointer``), and stays bounded
/// when the writer keeps committing.
struct WALCheckpointerTests {
    /// About `bytes` an article (1 MB unless told), in a field the search
    /// index does not read (the body is the content's text), so the test
    /// writes pages, not terms.
    private static func bulkyArticles(page: Int, source: Source, bytes: Int = 1_000_000) -> [Article] {
        (0..<8).map { number in
            let remoteID = "page-\(page)-item-\(number)"
            let published = StoreFactory.day.addingTimeInterval(Double(page * 8 + number))
            return Article(
                id: ArticleID(sourceURL: source.url, remoteID: remoteID), sourceID: source.id, remoteID: remoteID,
                url: "https://news.example/\(remoteID)", title: "Patent filing \(remoteID)",
                summary: String(repeating: "\(remoteID) ", count: bytes / (remoteID.utf8.count + 1)),
                contentHTML: "<p>Short body</p>", published: published, updated: published)
        }
    }

    private static func size(of file: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// A cache file in a new folder, removed when `body` returns.
    private static func withCachePath(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder.appendingPathComponent("cache.sqlite").path)
    }

    @Test func theLogIsCopiedBackWhileTheStoreIsOpenAndStaysBounded() async throws {
        try await Self.withCachePath { path in try await Self.expectBoundedLogCopiedBack(path: path) }
    }

    private static func expectBoundedLogCopiedBack(path: String) async throws {
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://ip.example/feed.xml")
        let pageSize = try #require(Int(try SQLiteShell.run("PRAGMA page_size", on: path)))
        var largestLog = 0
        // 6 pages of 8 articles of 1 MB for each 4 KiB of page size (2 MB at
        // 8 KiB): past the writer's own bound (8,000 pages) more than once,
        // with a commit at a time of about 2,000 pages, each past the
        // background's 1,000, so that every commit asks for a checkpoint.
        let bytes = 1_000_000 * pageSize / 4096
        for page in 0..<6 {
            _ = try await store.apply(
                ArticleBatch(articles: bulkyArticles(page: page, source: source, bytes: bytes)), to: source.id)
            largestLog = max(largestLog, size(of: path + "-wal"))
        }
        let frame = pageSize + 24
        #expect(largestLog > 1000 * frame, "the writes were large enough to need checkpoints")
        #expect(largestLog <= 10_000 * frame, "the log stays near its bound: \(largestLog) bytes")

        // The background copies the log into the file without another commit.
        let written = 48 * bytes
        let deadline = Date().addingTimeInterval(10)
        while size(of: path) < written, Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(size(of: path) >= written, "the cache file holds what was committed while the store is open")
        #expect(try await store.articles(ArticleQuery(limit: 100)).count == 48)
    }

    /// A process that ends right after a sync (`reader sync`) closes its
    /// store while a background checkpoint may still be copying: the
    /// checkpointer stops first, so the writer's connection closes last and
    /// copies the rest of the log back, and the log is removed.
    @Test func closingTheStoreRightAfterLargeWritesLeavesEverythingInTheFileAndNoLog() async throws {
        try await Self.withCachePath { path in
            var store: ArticleStore? = try ArticleStore(path: path)
            let source = try await store!.addSource(url: "https://ip.example/feed.xml")
            for page in 0..<3 {
                _ = try await store!.apply(
                    ArticleBatch(articles: Self.bulkyArticles(page: page, source: source)), to: source.id)
            }
            store = nil
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "no log is left behind")
            #expect(Self.size(of: path) >= 24 * 1_000_000, "the cache file holds every committed page")
            let reopened = try ArticleStore(path: path, mode: .readExisting)
            #expect(try await reopened.articles(ArticleQuery(limit: 100)).count == 24)
        }
    }
}
