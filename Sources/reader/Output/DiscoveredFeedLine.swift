import ReaderCore

/// How `reader` names a discovered source: `URL "Title" (Atom)`.
enum DiscoveredFeedLine {
    /// One source on one line.
    static func describe(_ feed: DiscoveredFeed) -> String {
        [feed.url, feed.title.map { "\"\($0)\"" }, "(\(typeName(of: feed)))"]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// The line after a subscription found on a web page, naming the page
    /// and the feeds it also offers; nil when the URL given was the source itself.
    static func foundOn(_ page: String?, others: [DiscoveredFeed]) -> String? {
        guard let page else { return nil }
        let also = others.isEmpty ? "" : "; it also offers " + others.map(describe).joined(separator: ", ")
        return "  found on the web page \(page)\(also)"
    }

    /// `RSS`, `Atom`, `JSON Feed` or `sync endpoint`.
    static func typeName(of feed: DiscoveredFeed) -> String {
        switch feed.format {
        case .rss: "RSS"
        case .atom: "Atom"
        case .jsonFeed: "JSON Feed"
        case nil: "sync endpoint"
        }
    }
}
