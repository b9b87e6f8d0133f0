import Foundation

/// A feed a web page declares in its head with
/// `<link rel="alternate" type="application/rss+xml" href="..." title="...">`.
///
/// For example:
///
/// ```swift
/// for link in FeedLinks.declared(inPage: html, pageURL: "https://example.org/blog/") {
///     print(link.format, link.url, link.title ?? "")
/// }
/// ```
public struct FeedLink: Sendable, Equatable {
    /// The feed's absolute URL.
    public var url: String
    /// The link's `title`, if it has a non-empty one.
    public var title: String?
    /// The format the link's `type` announces.
    public var format: FeedFormat

    /// Creates a feed link.
    public init(url: String, title: String?, format: FeedFormat) {
        self.url = url
        self.title = title
        self.format = format
    }

    /// The format a link's `type` announces (parameters and case ignored):
    /// RSS, Atom, or JSON Feed for `application/feed+json` and
    /// `application/json`; nil for any other type.
    static func format(ofLinkType type: String) -> FeedFormat? {
        let mediaType = type.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        switch mediaType.trimmingCharacters(in: .whitespaces).lowercased() {
        case "application/rss+xml": return .rss
        case "application/atom+xml": return .atom
        case "application/feed+json", "application/json": return .jsonFeed
        default: return nil
        }
    }
}
