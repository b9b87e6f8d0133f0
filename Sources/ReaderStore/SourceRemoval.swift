public import ReaderModels

/// What ``ArticleStore/removeSource(url:keepingBookmarks:)`` removed.
///
/// For example:
///
/// ```swift
/// if let removal = try await store.removeSource(url: url, keepingBookmarks: true) {
///     print("removed \(removal.articlesRemoved) articles, kept \(removal.bookmarksKept) bookmarks")
/// }
/// ```
public struct SourceRemoval: Sendable, Equatable {
    /// The source as it was before the removal.
    public var source: Source
    /// How many of its articles were removed.
    public var articlesRemoved: Int
    /// How many bookmarked articles were kept (the source stays, marked removed, while there are any).
    public var bookmarksKept: Int

    /// Creates a removal report.
    public init(source: Source, articlesRemoved: Int, bookmarksKept: Int) {
        self.source = source
        self.articlesRemoved = articlesRemoved
        self.bookmarksKept = bookmarksKept
    }
}
