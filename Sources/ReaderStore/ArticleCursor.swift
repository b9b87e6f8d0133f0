/// Where a newest-first list of articles stands: the place of one article in
/// every list, taken from the last entry of a page (``ArticleEntry/cursor``)
/// and given back as ``ArticleQuery/before`` to list the next page.
///
/// The place is the article's sort key, which never changes, so the next
/// page follows on exactly while new articles arrive (they sort before it),
/// and even when that article has been removed meanwhile.
///
/// For example:
///
/// ```swift
/// var query = ArticleQuery(province: .yunnan, limit: 50)
/// let first = try await store.articles(query)
/// query.before = first.last?.cursor
/// let second = try await store.articles(query)
/// ```
public struct ArticleCursor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The sort key of the article it stands at.
    let sortKey: Int64

    init(sortKey: Int64) {
        self.sortKey = sortKey
    }

    /// Reads a cursor written by ``description``, such as one an app kept; `nil` for other text.
    public init?(_ text: String) {
        guard let key = Int64(text) else { return nil }
        sortKey = key
    }

    /// The cursor as text, for an app to keep and read back with ``init(_:)``.
    public var description: String { String(sortKey) }
}
