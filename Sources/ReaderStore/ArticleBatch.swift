public import ReaderModels

/// One page of article changes from a source, applied in one transaction.
@_spi(ReaderInternals) public struct ArticleBatch: Sendable, Equatable {
    /// New or edited articles. A copy replaces the cached one only when its
    /// `updated` is later, or equal with different content.
    public var articles: [Article]
    /// Articles whose dates the feed did not give: a cached copy keeps its dates.
    public var undatedIDs: Set<ArticleID>
    /// Retracted articles: removed from the cache, lists and search. Applied
    /// before ``articles``, so an id in both ends up stored.
    public var retractedIDs: [ArticleID]

    /// Creates a batch.
    public init(articles: [Article] = [], undatedIDs: Set<ArticleID> = [], retractedIDs: [ArticleID] = []) {
        self.articles = articles
        self.undatedIDs = undatedIDs
        self.retractedIDs = retractedIDs
    }

    /// The text of an article's body as tagging and the full-text index take
    /// it: its content as plain text, else its summary.
    public static func bodyText(contentHTML: String?, summary: String?) -> String {
        SearchEntry.bodyText(contentHTML: contentHTML, summary: summary)
    }
}

/// What applying batches changed in the cache.
///
/// For example, in a sync's report:
///
/// ```swift
/// let counts = try await library.sync(source).articles
/// print("\(counts.new) new, \(counts.updated) updated, \(counts.retracted) retracted")
/// ```
public struct ApplyResult: Sendable, Equatable, Codable {
    /// Articles stored for the first time.
    public var new = 0
    /// Articles whose cached copy was replaced by a newer one.
    public var updated = 0
    /// Copies identical to, or older than, the cached one: nothing written.
    public var unchanged = 0
    /// Cached articles removed because the source retracted them.
    public var retracted = 0

    /// Creates a result.
    public init(new: Int = 0, updated: Int = 0, unchanged: Int = 0, retracted: Int = 0) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
        self.retracted = retracted
    }

    /// Adds the counts of `other` to these.
    public mutating func add(_ other: ApplyResult) {
        new += other.new
        updated += other.updated
        unchanged += other.unchanged
        retracted += other.retracted
    }
}
