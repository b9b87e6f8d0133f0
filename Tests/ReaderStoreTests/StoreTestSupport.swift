import Foundation
import ReaderModels
import ReaderStore

/// Builds stores and articles for the store tests.
enum StoreFactory {
    /// Each storage flavour the store runs on: in memory, and a WAL file on disk.
    static let flavours = ["memory", "disk"]

    static func make(_ flavour: String) throws -> ArticleStore {
        if flavour == "memory" { return try ArticleStore.makeInMemory() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-store-\(UUID().uuidString)")
        return try ArticleStore(path: folder.appendingPathComponent("nested/cache.sqlite").path)
    }

    static let day = Date(timeIntervalSince1970: 1_587_369_600)  // 2020-04-20T08:00:00Z

    static func article(
        _ remoteID: String, source: Source, title: String = "Title", html: String = "<p>Body</p>",
        published: Date = day, updated: Date? = nil, provinces: [Province] = []
    ) -> Article {
        Article(
            id: ArticleID(sourceURL: source.url, remoteID: remoteID), sourceID: source.id, remoteID: remoteID,
            url: "https://news.example/\(remoteID)", title: title, summary: nil, contentHTML: html,
            published: published, updated: updated ?? published, provinces: provinces)
    }
}
