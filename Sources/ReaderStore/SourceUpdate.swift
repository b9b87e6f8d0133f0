public import Foundation
public import ReaderModels

/// Changes to a source's sync bookkeeping, saved with the data they describe.
///
/// Each property left `nil` keeps the stored value; ``clearCursors`` and
/// friends set a value back to nothing.
public struct SourceUpdate: Sendable, Equatable {
    /// The kind found by the first sync.
    public var kind: SourceKind?
    /// The title the feed or discovery document gave.
    public var title: String?
    /// The validators of the last full answer.
    public var etag: String?
    /// The `Last-Modified` of the last full answer.
    public var lastModified: String?
    /// The next article cursor.
    public var articleCursor: String?
    /// The next state cursor.
    public var stateCursor: String?
    /// Forget the stored article cursor and start a full re-pull (after a 410
    /// `cursor_expired`): when the re-pull reaches the end of the stream, the
    /// source's cached articles it did not deliver are removed, since the
    /// server may have dropped the tombstones that would have retracted them.
    public var restartArticleStream = false
    /// The page saved with this update is the last of the article stream
    /// (`has_more` was false); it completes a re-pull in progress.
    public var reachedArticleStreamEnd = false
    /// When the sync succeeded; clears the last error.
    public var syncedAt: Date?
    /// The error of a failed sync.
    public var error: String?

    /// Creates an update that changes only what is given.
    public init(
        kind: SourceKind? = nil, title: String? = nil, etag: String? = nil, lastModified: String? = nil,
        articleCursor: String? = nil, stateCursor: String? = nil, restartArticleStream: Bool = false,
        reachedArticleStreamEnd: Bool = false, syncedAt: Date? = nil, error: String? = nil
    ) {
        self.kind = kind
        self.title = title
        self.etag = etag
        self.lastModified = lastModified
        self.articleCursor = articleCursor
        self.stateCursor = stateCursor
        self.restartArticleStream = restartArticleStream
        self.reachedArticleStreamEnd = reachedArticleStreamEnd
        self.syncedAt = syncedAt
        self.error = error
    }
}
