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

    /// Full-text index entries worked out ahead by ``prepareSearchText()`` or
    /// ``append(_:bodyText:)``.
    var preparedSearchText: [ArticleID: SearchEntry] = [:]

    /// Creates a batch.
    public init(articles: [Article] = [], undatedIDs: Set<ArticleID> = [], retractedIDs: [ArticleID] = []) {
        self.articles = articles
        self.undatedIDs = undatedIDs
        self.retractedIDs = retractedIDs
    }

    /// Works out the full-text index entries of the batch's articles (plain
    /// text from HTML, CJK bigrams) now, on the calling thread, so that
    /// applying the batch only writes. A sync calls it while the batch
    /// before is being stored; it is optional, since applying works out what
    /// was not prepared, and an article changed after preparing is indexed
    /// from its new text.
    public mutating func prepareSearchText() {
        for article in articles where preparedSearchText[article.id] == nil {
            preparedSearchText[article.id] = SearchEntry(of: article)
        }
    }

    /// Adds `article`, with the text of its body (``bodyText(contentHTML:summary:)``
    /// of its own fields) as the caller has worked it out, to tag provinces:
    /// its full-text entry is prepared from that text, not worked out again.
    public mutating func append(_ article: Article, bodyText: String) {
        articles.append(article)
        preparedSearchText[article.id] = SearchEntry(of: article, bodyText: bodyText)
    }

    /// The text of an article's body as tagging and the full-text index take
    /// it: its content as plain text, else its summary. What
    /// ``append(_:bodyText:)`` must be given.
    public static func bodyText(contentHTML: String?, summary: String?) -> String {
        SearchEntry.bodyText(contentHTML: contentHTML, summary: summary)
    }

    /// Batches are equal when they hold the same changes, prepared or not.
    public static func == (lhs: ArticleBatch, rhs: ArticleBatch) -> Bool {
        lhs.articles == rhs.articles && lhs.undatedIDs == rhs.undatedIDs && lhs.retractedIDs == rhs.retractedIDs
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
