import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// Issue 14: the write-ahead log is copied back into the cache file while the
/// store stays open, off the writer (``WALCheckpointer``), and stays bounded
/// when the writer keeps committing.
struct WALCheckpointerTests {
    /// About 1 MB an article, in a field the search index does not read
    /// (the body is the content's text), so the test writes pages, not terms.
    private static func bulkyArticles(page: Int, source: Source) -> [Article] {
        (0..<8).map { number in
            let remoteID = "page-\(page)-item-\(number)"
            let published = StoreFactory.day.addingTimeInterval(Double(page * 8 + number))
            return Article(
                id: ArticleID(sourceURL: source.url, remoteID: remoteID), sourceID: source.id, remoteID: remoteID,
                url: "https://news.example/\(remoteID)", title: "Patent filing \(remoteID)",
                summary: String(repeating: "\(remoteID) ", count: 1_000_000 / (remoteID.utf8.count + 1)),
                contentHTML: "<p>Short body</p>", published: published, updated: published)
        }
    }

    private static func size(of file: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
    }

    @Test func theLogIsCopiedBackWhileTheStoreIsOpenAndStaysBounded() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        let store = try ArticleStore(path: path)
        let source = try await store.addSource(url: "https://ip.example/feed.xml")
        var largestLog = 0
        // 6 pages of 8 MB: past the writer's own bound (8,000 pages of 4 KiB)
        // more than once, with a commit at a time of about 2,000 pages.
        for page in 0..<6 {
            _ = try await store.apply(ArticleBatch(articles: Self.bulkyArticles(page: page, source: source)), to: source.id)
            largestLog = max(largestLog, Self.size(of: path + "-wal"))
        }
        let frame = 4096 + 24
        #expect(largestLog > 1000 * frame, "the writes were large enough to need checkpoints")
        #expect(largestLog <= 10_000 * frame, "the log stays near its bound: \(largestLog) bytes")

        // The background copies the log into the file without another commit.
        let written = 48 * 1_000_000
        let deadline = Date().addingTimeInterval(10)
        while Self.size(of: path) < written, Date() < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(Self.size(of: path) >= written, "the cache file holds what was committed while the store is open")
        #expect(try await store.articles(ArticleQuery(limit: 100)).count == 48)
    }
}
