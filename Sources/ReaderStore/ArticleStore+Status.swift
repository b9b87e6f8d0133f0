public import ReaderModels
import GRDB

/// A summary of the cache, for `reader status`.
///
/// For example:
///
/// ```swift
/// let status = try await library.store.status()
/// print("\(status.unread) unread of \(status.articles), \(status.outbox) marks to send")
/// ```
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
    /// Stored articles waiting for the full-text index, which the next
    /// search gives them (``ArticleStore/indexQueuedArticles(limit:)``).
    public var queuedForSearch: Int
    /// Saved sources with their last sync and counts, in the order they were added.
    public var sources: [SourceOverview]
    /// This device's clock: its offset, if a server taught one, and the
    /// received clocks skipped as out of bounds.
    public var clock: DeviceClock

    /// Creates a status value.
    public init(
        deviceID: String, articles: Int, unread: Int, bookmarked: Int, outbox: Int, sources: [SourceOverview],
        clock: DeviceClock = DeviceClock(), queuedForSearch: Int = 0
    ) {
        self.queuedForSearch = queuedForSearch
        self.deviceID = deviceID
        self.clock = clock
        self.articles = articles
        self.unread = unread
        self.bookmarked = bookmarked
        self.outbox = outbox
        self.sources = sources
    }
}

/// A saved source with its article counts, for `reader feeds list` and `reader status`.
///
/// For example:
///
/// ```swift
/// for overview in try await library.store.sourceOverviews() {
///     print(overview.source.title ?? overview.source.url, "\(overview.unread) of \(overview.articles) unread")
/// }
/// ```
public struct SourceOverview: Sendable, Equatable {
    /// The source.
    public var source: Source
    /// Its cached articles.
    public var articles: Int
    /// Those not marked read.
    public var unread: Int
    /// Those bookmarked.
    public var bookmarked: Int

    /// Creates an overview.
    public init(source: Source, articles: Int, unread: Int, bookmarked: Int) {
        self.source = source
        self.articles = articles
        self.unread = unread
        self.bookmarked = bookmarked
    }
}

extension ArticleStore {
    /// Counts of articles, unread, bookmarks and pending changes, with the sources.
    /// - throws: ``StoreError``.
    public func status() async throws(StoreError) -> StoreStatus {
        try await read("reading the status") { db in
            let sources = try Self.sourceOverviews(db)
            return StoreStatus(
                deviceID: try String.fetchOne(db, sql: "SELECT id FROM device") ?? "",
                articles: sources.reduce(0) { $0 + $1.articles }, unread: sources.reduce(0) { $0 + $1.unread },
                bookmarked: sources.reduce(0) { $0 + $1.bookmarked },
                outbox: try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0,
                sources: sources, clock: try LocalClock.load(in: db).clock, queuedForSearch: try SearchIndex.queuedCount(db))
        }
    }

    /// Every saved source with its article, unread and bookmark counts, in the order they were added.
    /// - throws: ``StoreError``.
    public func sourceOverviews() async throws(StoreError) -> [SourceOverview] {
        try await read("counting articles per source", Self.sourceOverviews)
    }

    /// Counts per source: totals from the `article_source` index alone, and
    /// read and bookmarked from the state rows that say so (far fewer than
    /// articles), so a million-article cache is counted without reading an article row.
    private static func sourceOverviews(_ db: Database) throws -> [SourceOverview] {
        func counts(_ sql: String) throws -> [SourceID: Int] {
            var counts: [SourceID: Int] = [:]
            for row in try Row.fetchAll(db, sql: sql) { counts[row[0]] = row[1] }
            return counts
        }
        let totals = try counts("SELECT source_id, count(*) FROM article GROUP BY source_id")
        let read = try counts(
            "SELECT a.source_id, count(*) FROM article_state s JOIN article a ON a.id = s.article_id WHERE s.read = 1 GROUP BY a.source_id")
        let bookmarked = try counts(
            "SELECT a.source_id, count(*) FROM article_state s JOIN article a ON a.id = s.article_id WHERE s.bookmarked = 1 GROUP BY a.source_id")
        return try Row.fetchAll(db, sql: "SELECT * FROM source WHERE removed_at IS NULL ORDER BY id").map { row in
            let source = Self.source(from: row)
            let articles = totals[source.id] ?? 0
            return SourceOverview(
                source: source, articles: articles, unread: articles - (read[source.id] ?? 0),
                bookmarked: bookmarked[source.id] ?? 0)
        }
    }
}
