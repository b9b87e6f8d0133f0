import Foundation

extension GReaderWire {
    /// One item of `stream/contents` or `stream/items/contents`. Every field
    /// but `id` may be missing; ``GReaderEntry`` normalises it for storage.
    struct Item: Decodable, Sendable {
        /// Its id, in the long form.
        var id: String
        /// Its title, with the server's fullwidth escapes and HTML entities.
        var title: String?
        /// When it was published, in Unix seconds.
        var published: LenientNumber?
        /// When it was last updated, in Unix seconds.
        var updated: LenientNumber?
        /// When the server fetched it, in Unix milliseconds.
        var crawlTimeMsec: LenientNumber?
        /// The server's own time stamp of it, in Unix microseconds.
        var timestampUsec: LenientNumber?
        /// Its permanent links.
        var canonical: [Link]?
        /// Its other links.
        var alternate: [Link]?
        /// Its HTML, as some servers give it.
        var summary: Content?
        /// Its HTML, as others give it.
        var content: Content?
        /// Its author's name.
        var author: String?
        /// The feed it came from.
        var origin: Origin?
        /// Its states (`user/-/state/com.google/read`), labels
        /// (`user/-/label/X`) and the feed's own categories (no prefix).
        var categories: [String]?
        /// Its attached files.
        var enclosure: [EnclosureLink]?
    }

    /// A link of an ``Item``.
    struct Link: Decodable, Sendable {
        /// Its URL.
        var href: String?
    }

    /// The HTML of an ``Item``.
    struct Content: Decodable, Sendable {
        /// The HTML.
        var content: String?
    }

    /// The feed an ``Item`` came from.
    struct Origin: Decodable, Sendable {
        /// Its stream id, such as `feed/2`.
        var streamId: String?
        /// Its title, with the server's fullwidth escapes.
        var title: String?
        /// Its web site.
        var htmlUrl: String?
    }

    /// A file attached to an ``Item``.
    struct EnclosureLink: Decodable, Sendable {
        /// Its URL.
        var href: String?
        /// Its MIME type.
        var type: String?
        /// Its size in bytes, as a number or a string.
        var length: LenientNumber?
    }
}
