public import Foundation
public import ReaderModels

/// Changes to a source's sync bookkeeping, saved with the data they describe.
///
/// Each property left `nil` keeps the stored value; a ``ValueChange`` says
/// whether to set a value or clear it.
@_spi(ReaderInternals) public struct SourceUpdate: Sendable, Equatable {
    /// The kind found by the first sync.
    public var kind: SourceKind?
    /// The title the feed or discovery document gave.
    public var title: String?
    /// The `ETag` of the last full answer, or none.
    public var etag: ValueChange<String>?
    /// The `Last-Modified` of the last full answer, or none.
    public var lastModified: ValueChange<String>?
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
    /// The web page the feed names as its own; saved only where none is known
    /// (an OPML `htmlUrl` is kept).
    public var homePageURL: String?
    /// The outcome of a sync attempt, for the refresh schedule.
    public var attempt: SyncAttempt?
    /// What the feed says it is about.
    public var feedDescription: String?
    /// The feed's language.
    public var language: String?
    /// The feed's small icon, an absolute URL.
    public var iconURL: String?
    /// The feed's larger logo, an absolute URL.
    public var logoURL: String?
    /// The largest page the Sync API endpoint accepts, from its discovery.
    public var pageLimitMax: Int?

    /// Creates an update that changes only what is given.
    public init(
        kind: SourceKind? = nil, title: String? = nil, etag: ValueChange<String>? = nil, lastModified: ValueChange<String>? = nil,
        articleCursor: String? = nil, stateCursor: String? = nil, restartArticleStream: Bool = false,
        reachedArticleStreamEnd: Bool = false, syncedAt: Date? = nil, error: String? = nil,
        homePageURL: String? = nil, attempt: SyncAttempt? = nil, feedDescription: String? = nil,
        language: String? = nil, iconURL: String? = nil, logoURL: String? = nil, pageLimitMax: Int? = nil
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
        self.homePageURL = homePageURL
        self.attempt = attempt
        self.feedDescription = feedDescription
        self.language = language
        self.iconURL = iconURL
        self.logoURL = logoURL
        self.pageLimitMax = pageLimitMax
    }
}

/// Where a source's refresh schedule stands after one sync attempt: saved
/// whole, so a deferral left `nil` ends the one stored.
@_spi(ReaderInternals) public struct SyncAttempt: Sendable, Equatable {
    /// When the attempt started.
    public var startedAt: Date
    /// Failed syncs in a row, this one included; 0 after a success.
    public var consecutiveFailures: Int
    /// Until when, and why, refreshes leave the source alone from now on.
    public var deferral: SourceDeferral?

    /// Creates an attempt record.
    public init(startedAt: Date, consecutiveFailures: Int, deferral: SourceDeferral?) {
        self.startedAt = startedAt
        self.consecutiveFailures = consecutiveFailures
        self.deferral = deferral
    }
}
