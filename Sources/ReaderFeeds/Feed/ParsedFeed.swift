public import Foundation
public import ReaderModels

/// The format a feed document was recognised as.
///
/// For example:
///
/// ```swift
/// switch try FeedParser.parse(data).format {
/// case .rss, .atom: print("an XML feed")
/// case .jsonFeed: print("a JSON Feed")
/// }
/// ```
public enum FeedFormat: String, Sendable, Codable, CaseIterable {
    /// RSS 2.0 (and the RSS 0.9x documents it reads too).
    case rss
    /// Atom 1.0.
    case atom
    /// JSON Feed 1.0 or 1.1.
    case jsonFeed = "json"
}

/// A feed document as its parser read it, before it is mapped to ``Article``s.
///
/// For example:
///
/// ```swift
/// let feed = try FeedParser.parse(data, contentType: "application/rss+xml", baseURL: "https://news.example/rss.xml")
/// print(feed.title ?? "untitled", "\(feed.items.count) items, \(feed.skipped.count) skipped")
/// if let damage = feed.damage { print("cut short: \(damage)") }
/// ```
public struct ParsedFeed: Sendable, Equatable {
    /// The format it was recognised as.
    public var format: FeedFormat
    /// The feed's title.
    public var title: String?
    /// The feed's home page.
    public var homePageURL: String?
    /// The feed's language (`<language>`, `xml:lang`, or JSON Feed's `language`).
    public var language: String?
    /// What the feed is about, as plain text (RSS `description`, Atom
    /// `subtitle`, JSON Feed `description`).
    public var description: String?
    /// A small square icon (Atom `icon`, JSON Feed `favicon`), an absolute URL.
    public var iconURL: String?
    /// A larger image (Atom `logo`, RSS `<image><url>`, else a channel's
    /// `itunes:image`, JSON Feed `icon`), an absolute URL.
    public var logoURL: String?
    /// When the feed says it last changed (RSS `lastBuildDate`, else the
    /// channel's `pubDate`): the date of last resort for items that give
    /// none, which a syncing client gives them when it first stores them
    /// (not on later syncs, where the date would move with every rebuild).
    public var updated: Date?
    /// The items that parsed.
    public var items: [ParsedItem]
    /// The items that did not, each with its reason: counted, never fatal.
    public var skipped: [SkippedItem]
    /// Why the document broke off before its end, if it did (XML cut off or
    /// broken past repair): the items complete before the break are in
    /// ``items``, the one it broke off in is in ``skipped``, and whatever came
    /// after is missing. Set on the last chunk ``FeedParser/read(_:contentType:baseURL:chunkSize:receive:)``
    /// hands over; a syncing client keeps the items but not the document's
    /// validators, so that the next sync reads it again.
    public var damage: FeedParseError?

    /// Creates a parsed feed.
    public init(
        format: FeedFormat, title: String? = nil, homePageURL: String? = nil, language: String? = nil,
        description: String? = nil, iconURL: String? = nil, logoURL: String? = nil, updated: Date? = nil,
        items: [ParsedItem] = [], skipped: [SkippedItem] = [], damage: FeedParseError? = nil
    ) {
        self.format = format
        self.title = title
        self.homePageURL = homePageURL
        self.language = language
        self.description = description
        self.iconURL = iconURL
        self.logoURL = logoURL
        self.updated = updated
        self.items = items
        self.skipped = skipped
        self.damage = damage
    }
}

/// One item of a feed, as read from the document.
///
/// For example:
///
/// ```swift
/// for item in try FeedParser.parse(data).items {
///     print(item.uniqueID, item.title, item.url ?? "", item.enclosures.count)
/// }
/// ```
public struct ParsedItem: Sendable, Equatable {
    /// A stable id for the item within its feed: the guid / Atom id / JSON Feed
    /// id, else the link, else a hash of title and date. Never empty.
    public var uniqueID: String
    /// The item's web page: an absolute http(s) URL (relative only when the
    /// document's URL was not given).
    public var url: String?
    /// The title as plain text, entities decoded.
    public var title: String
    /// A plain-text summary: the feed's own, else derived from the content.
    public var summary: String?
    /// The body as HTML.
    public var contentHTML: String?
    /// The author's name.
    public var author: String?
    /// The item's language, if the feed says.
    public var language: String?
    /// When it was published, if the feed says.
    public var published: Date?
    /// When it was last updated, if the feed says.
    public var updated: Date?
    /// Categories or tags.
    public var categories: [String]
    /// Files attached to it, in document order.
    public var enclosures: [Enclosure]
    /// One image that stands for it (see ``FeedParser``), an absolute URL.
    public var imageURL: String?

    /// Creates a parsed item.
    public init(
        uniqueID: String, url: String? = nil, title: String, summary: String? = nil,
        contentHTML: String? = nil, author: String? = nil, language: String? = nil,
        published: Date? = nil, updated: Date? = nil, categories: [String] = [],
        enclosures: [Enclosure] = [], imageURL: String? = nil
    ) {
        self.uniqueID = uniqueID
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.author = author
        self.language = language
        self.published = published
        self.updated = updated
        self.categories = categories
        self.enclosures = enclosures
        self.imageURL = imageURL
    }
}

/// An item that was left out of a feed, and why.
///
/// For example:
///
/// ```swift
/// for skipped in try FeedParser.parse(data).skipped {
///     print("item \(skipped.index) skipped: \(skipped.reason)")
/// }
/// ```
public struct SkippedItem: Sendable, Equatable {
    /// The item's position in the document, from 0.
    public var index: Int
    /// Why it was skipped, for example "no title, link or content".
    public var reason: String

    /// Creates a skip record.
    public init(index: Int, reason: String) {
        self.index = index
        self.reason = reason
    }
}
