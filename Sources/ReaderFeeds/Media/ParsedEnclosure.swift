/// A file attached to an item, as read from the feed: an RSS `<enclosure>`,
/// an Atom `<link rel="enclosure">`, a Media RSS `<media:content>` that is not
/// an image, or a JSON Feed attachment.
public struct ParsedEnclosure: Sendable, Equatable {
    /// The file's URL, resolved against the feed's base.
    public var url: String
    /// Its MIME type, such as `audio/mpeg`.
    public var mimeType: String?
    /// Its size in bytes; nil when not given or not more than 0.
    public var length: Int64?
    /// How long it plays, in seconds: `itunes:duration` (for the item's first
    /// non-image enclosure), Media RSS `duration` or JSON Feed `duration_in_seconds`.
    public var duration: Int?

    /// Creates an enclosure.
    public init(url: String, mimeType: String? = nil, length: Int64? = nil, duration: Int? = nil) {
        self.url = url
        self.mimeType = mimeType
        self.length = length
        self.duration = duration
    }

    /// Whether its type says it is an image.
    var isImage: Bool { mimeType?.lowercased().hasPrefix("image/") ?? false }
}
