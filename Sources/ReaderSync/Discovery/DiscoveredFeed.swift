public import ReaderFeeds
public import ReaderModels

/// A source found at a URL by feed discovery: the URL itself when it is a
/// feed or a Reader Sync API endpoint, else a feed its web page declares or
/// one of the usual feed paths of its site.
///
/// For example:
///
/// ```swift
/// let feeds = try await library.discoverFeeds(at: "https://blog.example/")
/// for feed in feeds { print(feed.title ?? feed.url, feed.kind, feed.format?.rawValue ?? "sync") }
/// if let first = feeds.first { _ = try await library.subscribe(to: first.url) }
/// ```
public struct DiscoveredFeed: Sendable, Equatable, Codable {
    /// The URL to subscribe to.
    public var url: String
    /// Its title: the feed's or the endpoint's own, else the page link's `title`.
    public var title: String?
    /// A feed or a sync endpoint.
    public var kind: SourceKind
    /// The feed's format (as read, or as the page's link announces it); nil for a sync endpoint.
    public var format: FeedFormat?

    /// Creates a discovered source.
    public init(url: String, title: String?, kind: SourceKind, format: FeedFormat?) {
        self.url = url
        self.title = title
        self.kind = kind
        self.format = format
    }
}
