public import ReaderModels
import GRDB

/// A summary of the cache, for `reader status`.
public struct StoreStatus: Sendable, Equatable {
    /// This database's device id.
    public var deviceID: String
    /// Cached articles.
    public var articles: Int
    /// Cached articles not marked read.
    public var unread: Int
    /// Cached articles bookmarked.
    public var bookmarked: Int
    /// Local changes waiting to be sent.
    public var outbox: Int
    /// Saved sources with their last sync.
    public var sources: [Source]

    /// Creates a status value.
    public init(deviceID: String, articles: Int, unread: Int, bookmarked: Int, outbox: Int, sources: [Source]) {
        self.deviceID = deviceID
        self.articles = articles
        self.unread = unread
        self.bookmarked = bookmarked
        self.outbox = outbox
        self.sources = sources
    }
}

extension ArticleStore {
    /// Counts of articles, unread, bookmarks and pending changes, with the sources.
    /// - throws: ``StoreError``.
    public func status() async throws(StoreError) -> StoreStatus {
        try await read("reading the status") { db in
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            let read = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM article_state s JOIN article a ON a.id = s.article_id WHERE s.read = 1") ?? 0
            let bookmarked = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM article_state s JOIN article a ON a.id = s.article_id WHERE s.bookmarked = 1")
                ?? 0
            return StoreStatus(
                deviceID: try String.fetchOne(db, sql: "SELECT id FROM device") ?? "",
                articles: articles, unread: articles - read, bookmarked: bookmarked,
                outbox: try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0,
                sources: try Row.fetchAll(db, sql: "SELECT * FROM source ORDER BY id").map(Self.source(from:)))
        }
    }
}
