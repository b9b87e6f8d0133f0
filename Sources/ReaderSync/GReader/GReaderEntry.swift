import Foundation
import ReaderFeeds
import ReaderModels

/// An item of a Google Reader API stream, normalised for storage: its id
/// parsed, its title made plain text with the server's fullwidth escapes
/// undone, its dates read, its states and folders split from the feed's own
/// categories.
///
/// Relative links in ``contentHTML`` are left as the server sent them:
/// ReaderFeeds resolves them when the content is shown
/// (`SafeHTML.sanitized(_:baseURL:)`), against the article's URL.
struct GReaderEntry: Sendable, Equatable {
    /// Its id.
    var itemID: GReaderItemID
    /// The stream id of the feed it came from (`origin.streamId`), such as `feed/2`.
    var streamID: String?
    /// That feed's title, plain text.
    var originTitle: String?
    /// That feed's web site.
    var originHTMLURL: String?
    /// Its title, plain text (empty when it has none).
    var title: String
    /// Its page: the canonical link, else the first alternate one.
    var url: String?
    /// Its HTML (`summary.content` or `content.content`), as sent.
    var contentHTML: String?
    /// Its author's name.
    var author: String?
    /// When it was published: `published`, else when the server fetched it.
    var published: Date
    /// When it was last updated: `updated`, never before ``published``.
    var updated: Date
    /// When the server fetched it (`crawlTimeMsec`), if it says.
    var crawled: Date?
    /// Whether the user has read it.
    var isRead: Bool
    /// Whether the user has starred it.
    var isStarred: Bool
    /// The folders (labels) it is in, by name.
    var folders: [String]
    /// The feed's own categories for it (those with no `user/` prefix), such as `Yunnan`.
    var feedCategories: [String]
    /// Its attached files that have a URL.
    var enclosures: [Enclosure]

    /// Why an item could not become an entry.
    struct Unreadable: Error, Equatable {
        /// In a few words.
        var reason: String
    }

    /// The entry of `item`.
    /// - throws: ``Unreadable`` when its id is not an item id, or it has no
    ///   date at all (neither `published`, `crawlTimeMsec` nor `timestampUsec`).
    init(_ item: GReaderWire.Item) throws(Unreadable) {
        guard let itemID = GReaderItemID(item.id) else { throw Unreadable(reason: "not an item id: \(item.id.prefix(60))") }
        let crawled = item.crawlTimeMsec.map { Date(timeIntervalSince1970: $0.value / 1_000) }
        let stamped = item.timestampUsec.map { Date(timeIntervalSince1970: $0.value / 1_000_000) }
        guard let published = item.published.map({ Date(timeIntervalSince1970: $0.value) }) ?? crawled ?? stamped else {
            throw Unreadable(reason: "no date")
        }
        let categories = item.categories ?? []
        self.itemID = itemID
        streamID = item.origin?.streamId
        originTitle = item.origin?.title.map(Self.plainTitle)
        originHTMLURL = item.origin?.htmlUrl
        title = item.title.map(Self.plainTitle) ?? ""
        url = Self.firstHref(item.canonical) ?? Self.firstHref(item.alternate)
        contentHTML = item.summary?.content ?? item.content?.content
        author = item.author.flatMap { $0.isEmpty ? nil : $0 }
        self.published = published
        updated = max(item.updated.map { Date(timeIntervalSince1970: $0.value) } ?? published, published)
        self.crawled = crawled
        isRead = categories.contains { GReaderTag.isState($0, GReaderTag.read) }
        isStarred = categories.contains { GReaderTag.isState($0, GReaderTag.starred) }
        folders = categories.compactMap(GReaderTag.folder(of:))
        feedCategories = categories.filter { !$0.hasPrefix("user/") && !$0.isEmpty }
        enclosures = (item.enclosure ?? []).compactMap { link in
            guard let href = link.href, !href.isEmpty else { return nil }
            let length = link.length.flatMap { $0.value >= 1 && $0.value < 0x1p63 ? Int64($0.value) : nil }
            return Enclosure(url: href, mimeType: link.type, length: length)
        }
    }

    /// A title as the server sent it, as plain text: HTML entities decoded
    /// (and any markup dropped), then fullwidth escapes undone.
    static func plainTitle(_ title: String) -> String {
        FullwidthEscapes.undone(HTMLText.plainText(fromHTML: title))
    }

    /// The first non-empty `href` of `links`.
    private static func firstHref(_ links: [GReaderWire.Link]?) -> String? {
        links?.lazy.compactMap(\.href).first { !$0.isEmpty }
    }
}
