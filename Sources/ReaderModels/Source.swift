public import Foundation

/// The local number of a saved source.
public typealias SourceID = Int64

/// What a source's URL answers with.
///
/// For example:
///
/// ```swift
/// switch source.kind {
/// case .feed?: print("a plain feed: read state stays on this device")
/// case .syncEndpoint?, .accountFeed?: print("read state syncs")
/// case nil: print("not synced yet")
/// }
/// ```
public enum SourceKind: String, Codable, Sendable, CaseIterable {
    /// An RSS 2.0, Atom 1.0 or JSON Feed document: articles only, fetched with
    /// a conditional GET; read state stays on this device.
    case feed
    /// A Reader Sync API endpoint: a paged article stream and shared read state.
    case syncEndpoint = "sync"
    /// A subscription of an ``Account``: the account syncs its articles,
    /// read state and stars with its own other subscriptions.
    case accountFeed = "account-feed"
}

/// A feed or sync endpoint that Reader keeps and syncs.
///
/// Its bearer token, if any, is deliberately not part of this value, so it can
/// be printed, logged and encoded without leaking it.
///
/// For example:
///
/// ```swift
/// let source = try await library.store.addSource(url: "https://news.example/rss.xml")
/// _ = try await library.sync(source)
/// for source in try await library.store.sources() { print(source.title ?? source.url, source.lastError ?? "ok") }
/// ```
public struct Source: Identifiable, Codable, Equatable, Hashable, Sendable {
    /// The local number.
    public var id: SourceID
    /// The URL the user gave.
    public var url: String
    /// Whether it is a plain feed, a sync endpoint or an account's
    /// subscription; `nil` until its first sync.
    public var kind: SourceKind?
    /// The title: the one the user gave (an OPML import), else the one the
    /// feed or discovery document gives.
    public var title: String?
    /// The folder it is filed under, its components joined by `/`
    /// (`"News/China"`); `nil` at the top level.
    public var folder: String?
    /// The web page the feed belongs to, from an OPML `htmlUrl` or the feed's link.
    public var homePageURL: String?
    /// What the feed says it is about (RSS `description`, Atom `subtitle`,
    /// JSON Feed `description`), as plain text.
    public var feedDescription: String?
    /// The feed's language, such as `en` or `zh-CN`, if it says.
    public var language: String?
    /// A small square icon for the feed (Atom `icon`, JSON Feed `favicon`), as an absolute URL.
    public var iconURL: String?
    /// A larger image for the feed (Atom `logo`, RSS `<image>`, a channel's
    /// `itunes:image`, JSON Feed `icon`), as an absolute URL.
    public var logoURL: String?
    /// The largest page a Sync API endpoint accepts (its discovery's
    /// `page_limit_max`), if it said: article and state pages ask for no more.
    public var pageLimitMax: Int?
    /// The `ETag` of the last full answer, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last full answer, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// The Sync API article cursor: where the next article page starts.
    public var articleCursor: String?
    /// The Sync API state cursor: where the next state page starts.
    public var stateCursor: String?
    /// When it last synced without error.
    public var lastSyncedAt: Date?
    /// The last sync's error, if it failed.
    public var lastError: String?
    /// Whether a bearer token is stored for it.
    public var hasToken: Bool
    /// When it was last synced or tried, whatever the outcome; `nil` if never.
    /// ``SyncScheduler`` starts with the sources that waited longest.
    public var lastAttemptAt: Date?
    /// Syncs in a row that failed; 0 after a success.
    public var consecutiveFailures: Int
    /// Why and until when a refresh leaves it alone, if it does.
    public var deferral: SourceDeferral?
    /// The account it is a subscription of, for kind ``SourceKind/accountFeed``.
    public var accountID: AccountID?
    /// The account server's id of the subscription, such as `feed/2`.
    public var streamID: String?
    /// The feed's own URL, as the account server gives it (``url`` is then
    /// a name for the subscription within the account).
    public var feedURL: String?

    /// Creates a source value.
    public init(
        id: SourceID, url: String, kind: SourceKind? = nil, title: String? = nil,
        etag: String? = nil, lastModified: String? = nil, articleCursor: String? = nil,
        stateCursor: String? = nil, lastSyncedAt: Date? = nil, lastError: String? = nil,
        hasToken: Bool = false, folder: String? = nil, homePageURL: String? = nil, lastAttemptAt: Date? = nil,
        consecutiveFailures: Int = 0, deferral: SourceDeferral? = nil, feedDescription: String? = nil,
        language: String? = nil, iconURL: String? = nil, logoURL: String? = nil, pageLimitMax: Int? = nil,
        accountID: AccountID? = nil, streamID: String? = nil, feedURL: String? = nil
    ) {
        self.id = id
        self.url = url
        self.kind = kind
        self.title = title
        self.etag = etag
        self.lastModified = lastModified
        self.articleCursor = articleCursor
        self.stateCursor = stateCursor
        self.lastSyncedAt = lastSyncedAt
        self.lastError = lastError
        self.hasToken = hasToken
        self.folder = folder
        self.homePageURL = homePageURL
        self.lastAttemptAt = lastAttemptAt
        self.consecutiveFailures = consecutiveFailures
        self.deferral = deferral
        self.feedDescription = feedDescription
        self.language = language
        self.iconURL = iconURL
        self.logoURL = logoURL
        self.pageLimitMax = pageLimitMax
        self.accountID = accountID
        self.streamID = streamID
        self.feedURL = feedURL
    }
}
