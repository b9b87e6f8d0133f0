/// What ``ReaderLibrary/subscribe(to:token:)`` saved.
///
/// For example:
///
/// ```swift
/// let subscription = try await library.subscribe(to: "https://blog.example/")
/// if let page = subscription.foundOnPage { print("\(subscription.source.url), found on \(page)") }
/// for feed in subscription.otherFeeds { print("also offered:", feed.url) }
/// ```
public struct FeedSubscription: Sendable, Equatable {
    /// The source saved: the URL given, or the first feed its web page offers.
    public var source: Source
    /// The web page the source was found on, when the URL given was one.
    public var foundOnPage: String?
    /// The other feeds that page offers, not saved.
    public var otherFeeds: [DiscoveredFeed]

    /// Creates a subscription result.
    public init(source: Source, foundOnPage: String?, otherFeeds: [DiscoveredFeed]) {
        self.source = source
        self.foundOnPage = foundOnPage
        self.otherFeeds = otherFeeds
    }
}

extension ReaderLibrary {
    /// The sources `url` offers, first the one to subscribe to, without saving any.
    ///
    /// - A feed (RSS, Atom, JSON Feed) or a Reader Sync API endpoint: itself.
    /// - A web page: the feeds its head declares with
    ///   `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json|json">`,
    ///   in document order, relative URLs resolved against the page (after
    ///   redirects) and its `<base href>` (`FeedLinks`).
    /// - A web page that declares none: those of `/feed`, `/rss.xml`,
    ///   `/atom.xml`, `/index.xml` and `/feed.json`, at the site's root and
    ///   then beside the page, that answer with a feed.
    ///
    /// For example:
    ///
    /// ```swift
    /// for feed in try await library.discoverFeeds(at: "https://blog.example/") {
    ///     print(feed.url, feed.title ?? "", feed.format?.rawValue ?? "sync")
    /// }
    /// ```
    /// - parameter url: a feed, a Reader Sync API endpoint, or a web page.
    /// - parameter token: a bearer token for `url` (a sync endpoint may need
    ///   it); never sent to the fallback paths.
    /// - throws: `SyncError` naming the URL: why it could not be fetched or
    ///   read, or `SyncError.noFeedFound(source:tried:)`.
    public func discoverFeeds(at url: String, token: String? = nil) async throws(SyncError) -> [DiscoveredFeed] {
        try await engine.discoverFeeds(at: url, token: token)
    }

    /// Saves the source `url` offers (``discoverFeeds(at:token:)``) without
    /// syncing it: `url` itself when it is a feed or a sync endpoint (with
    /// `token`), else the first feed its web page offers (without it).
    /// - throws: what ``discoverFeeds(at:token:)`` throws, or `SyncError.store(_:)`.
    public func subscribe(to url: String, token: String? = nil) async throws(SyncError) -> FeedSubscription {
        let feeds = try await discoverFeeds(at: url, token: token)
        guard let first = feeds.first else { throw .noFeedFound(source: url, tried: []) }
        let isPage = first.url != url || feeds.count > 1
        do {
            let source = try await saveSource(url: first.url, token: isPage ? nil : token)
            return FeedSubscription(
                source: source, foundOnPage: isPage ? url : nil, otherFeeds: Array(feeds.dropFirst()))
        } catch {
            throw .store(error)
        }
    }
}
