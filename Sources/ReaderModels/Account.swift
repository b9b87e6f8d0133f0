public import Foundation

/// The local number of a saved account.
public typealias AccountID = Int64

/// Which API an account's server speaks.
///
/// For example:
///
/// ```swift
/// let added = try await library.addAccount(
///     .googleReader, url: "https://rss.example/api/greader.php", user: "alice", password: apiPassword)
/// print(added.account.kind.rawValue)   // "greader"
/// ```
public enum AccountKind: String, Codable, Sendable, CaseIterable {
    /// The Google Reader API, as FreshRSS, Miniflux, Inoreader, The Old
    /// Reader and BazQux serve it.
    case googleReader = "greader"
}

/// A user's account on a feed server that keeps their subscriptions, read
/// state and stars: a source of sources. Its subscriptions are ``Source``s of
/// kind ``SourceKind/accountFeed`` whose ``Source/accountID`` names it, and
/// the account syncs them all at once.
///
/// The login token is deliberately not part of this value, so it can be
/// printed, logged and encoded without leaking it; the password is never kept.
///
/// For example:
///
/// ```swift
/// for account in try await library.store.accounts() {
///     print(account.name, account.url, account.lastError ?? "ok")
/// }
/// ```
public struct Account: Identifiable, Codable, Equatable, Hashable, Sendable {
    /// The local number.
    public var id: AccountID
    /// The API the server speaks.
    public var kind: AccountKind
    /// The API endpoint the user gave, such as `https://rss.example/api/greader.php`.
    public var url: String
    /// The user name on the server.
    public var user: String
    /// The name the user refers to it by (`reader accounts login NAME`);
    /// unique among the accounts of one cache.
    public var name: String
    /// When it last synced without error.
    public var lastSyncedAt: Date?
    /// The last sync's error, if it failed.
    public var lastError: String?
    /// Whether the first sync's window of newest items has been fetched in
    /// full; until then a sync goes on paging it from where it stopped.
    public var hasFetchedFirstWindow: Bool
    /// When the subscription list was last read from the server.
    public var subscriptionsReadAt: Date?

    /// Creates an account value.
    public init(
        id: AccountID, kind: AccountKind = .googleReader, url: String, user: String, name: String,
        lastSyncedAt: Date? = nil, lastError: String? = nil, hasFetchedFirstWindow: Bool = false,
        subscriptionsReadAt: Date? = nil
    ) {
        self.id = id
        self.kind = kind
        self.url = url
        self.user = user
        self.name = name
        self.lastSyncedAt = lastSyncedAt
        self.lastError = lastError
        self.hasFetchedFirstWindow = hasFetchedFirstWindow
        self.subscriptionsReadAt = subscriptionsReadAt
    }

    /// What the account's articles' ids are derived from, in place of a
    /// source URL (``ArticleID/init(sourceURL:remoteID:)``): the endpoint and
    /// the user, so that an item keeps its id when it moves between feeds
    /// and a mark can arrive before its article.
    public var articleIDBase: String { "greader:\(user)@\(url)" }

    /// The ``Source/url`` of the account's subscription `streamID` (such as
    /// `feed/2`): a name for it within this cache, unique across accounts.
    public func sourceURL(forStream streamID: String) -> String { "\(url)#\(user)/\(streamID)" }
}
