/// Whether an article is read and bookmarked on this device, with the clocks
/// of the changes that set each flag.
///
/// Kept apart from ``Article`` and keyed by ``ArticleID``: it may exist before
/// its article arrives, and survives every update of the article's content.
///
/// For example:
///
/// ```swift
/// let state = try await library.store.state(of: article.id)
/// print(state.isRead, state.isBookmarked, state.readClock?.description ?? "never marked")
/// ```
public struct ArticleState: Codable, Equatable, Hashable, Sendable {
    /// The article it belongs to.
    public var articleID: ArticleID
    /// Whether it has been read.
    public var isRead: Bool
    /// Whether it is bookmarked.
    public var isBookmarked: Bool
    /// The stamp of the change that set `isRead`; `nil` if never changed.
    public var readClock: HybridLogicalClock?
    /// The stamp of the change that set `isBookmarked`; `nil` if never changed.
    public var bookmarkedClock: HybridLogicalClock?

    /// Creates a state value; by default unread and not bookmarked.
    public init(
        articleID: ArticleID, isRead: Bool = false, isBookmarked: Bool = false,
        readClock: HybridLogicalClock? = nil, bookmarkedClock: HybridLogicalClock? = nil
    ) {
        self.articleID = articleID
        self.isRead = isRead
        self.isBookmarked = isBookmarked
        self.readClock = readClock
        self.bookmarkedClock = bookmarkedClock
    }
}
