import ReaderModels

extension SyncEngine {
    /// The sources `url` offers, first the one to subscribe to: the URL itself
    /// when it is a feed or a Sync API endpoint; for a web page, the feeds it
    /// declares, else those of the usual feed paths of its site.
    /// - parameter token: sent as a bearer token to `url` (a sync endpoint may need it).
    /// - throws: ``SyncError``, ``SyncError/noFeedFound(source:tried:)`` for a page with no feed.
    package func discoverFeeds(at url: String, token: String?) async throws(SyncError) -> [DiscoveredFeed] {
        let runner = RequestRunner(transport: transport, policy: policy, sourceURL: url, token: token, deadline: nil)
        return try await FeedDiscovery(runner: runner).discover(at: url)
    }
}
