import ReaderCore

/// One discovered source as `reader feeds discover --json` prints it.
struct DiscoveredFeedJSON: Encodable {
    var url: String
    var title: String?
    /// `rss`, `atom`, `json` (JSON Feed) or `sync` (a sync endpoint).
    var type: String

    init(_ feed: DiscoveredFeed) {
        url = feed.url
        title = feed.title
        type = feed.format?.rawValue ?? SourceKind.syncEndpoint.rawValue
    }
}
