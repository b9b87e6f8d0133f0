/// A file attached to an article: a podcast episode, a video, a document.
///
/// Comes from an RSS `<enclosure>`, an Atom `<link rel="enclosure">`, a
/// Media RSS `<media:content>` that is not an image, or a JSON Feed
/// attachment. Encoded (in `reader list --json` and the Sync API) as
/// `{"url": …, "type": …, "length": …, "duration": …}`, absent fields left out.
///
/// For example, an article's podcast episodes:
///
/// ```swift
/// for enclosure in article.enclosures where enclosure.mimeType?.hasPrefix("audio/") == true {
///     print(enclosure.url, enclosure.duration.map { "\($0) s" } ?? "")
/// }
/// ```
public struct Enclosure: Codable, Equatable, Hashable, Sendable {
    /// The file's absolute URL.
    public var url: String
    /// Its MIME type as the feed gives it, such as `audio/mpeg`.
    public var mimeType: String?
    /// Its size in bytes, if the feed says (and it is more than 0).
    public var length: Int64?
    /// How long it plays, in seconds (a podcast's `itunes:duration`), if the feed says.
    public var duration: Int?

    /// Creates an enclosure.
    public init(url: String, mimeType: String? = nil, length: Int64? = nil, duration: Int? = nil) {
        self.url = url
        self.mimeType = mimeType
        self.length = length
        self.duration = duration
    }

    enum CodingKeys: String, CodingKey {
        case url, length, duration
        case mimeType = "type"
    }
}
