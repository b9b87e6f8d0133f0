public import Foundation

/// Reads a feed document (RSS, Atom or JSON Feed) into a ``ParsedFeed``.
///
/// For example:
///
/// ```swift
/// let feed = try FeedParser.parse(data, contentType: "application/rss+xml; charset=gb2312")
/// for item in feed.items { print(item.uniqueID, item.title) }
/// ```
///
/// How a document is read:
///
/// - **Format** by content, not by `Content-Type`: `{` starts JSON Feed;
///   otherwise the XML root decides (`<rss>` and RSS 1.0's `<rdf:RDF>` are
///   RSS, Atom's `<feed>` is Atom, 1.0 or 0.3). An HTML page is refused.
/// - **Encoding**, decided as browsers and liberal parsers do, the first
///   that decodes the bytes winning: a byte order mark (UTF-8, UTF-16); the
///   `Content-Type` charset; the XML declaration's `encoding`; UTF-8; then a
///   fallback, GB18030 where the bytes read as Chinese (pairs of bytes in
///   GB2312's ranges), else Windows-1252. A document that says UTF-8 (or
///   anything else) but is not is read by the next that fits, never failed.
///   The charset comes before the declaration, as HTTP says and feedparser
///   does, with one exception kept from before: a legacy charset is ignored
///   when the bytes are valid UTF-8, because servers send a default charset
///   (`ISO-8859-1`, `GBK`) for every file, while non-ASCII text that is
///   valid UTF-8 by accident is vanishingly rare. For the same reason the
///   `ISO-8859-1`/`Windows-1252` labels, in which any byte decodes, never
///   beat valid UTF-8 or Chinese bytes: the fallback gives Windows-1252 in
///   the end. Big5 is read when a label says so (its bytes are not told
///   apart from GBK's). Legacy encodings are transcoded to UTF-8 with
///   `iconv` before parsing. HTML entities that XML does not define
///   (`&nbsp;`) and bare `&`s are tolerated.
/// - **Damage**: XML that breaks off (cut short, or broken past those
///   repairs) keeps the items complete before the break; the item it breaks
///   in is skipped, and ``ParsedFeed/damage`` says what broke. A document
///   that breaks before its first complete item throws.
/// - **Items** become ``ParsedItem``s the same way in all formats: titles as
///   plain text (tags stripped, entities decoded, a missing one taken from the
///   first ~80 characters of the text), a plain-text summary of at most ~300
///   characters (the feed's own, else from the content), dates read by
///   ``FeedDate`` (`published` falls back to the update date), and a unique id
///   from the guid/id, else the link, else a `StableHash` of title and date.
///   Items without a language take the feed's. An item with no title, link
///   or content, or that is not even an item (a JSON value that is not an
///   object), is counted in ``ParsedFeed/skipped``, never fatal.
/// - **Links**: every URL (item links, enclosures, images, the feed's home
///   page, icon and logo, `href`/`src` in content HTML) is resolved
///   (RFC 3986) against the `xml:base` in scope, else `baseURL`. An item
///   link that is not http(s) (`mailto:`) is dropped; absolute URLs in content
///   are kept as written.
/// - **Media**: an item's enclosures (RSS `enclosure`, Atom
///   `link rel="enclosure"`, Media RSS `media:content`, JSON Feed
///   `attachments`, with `itunes:duration`) and one image: `media:thumbnail`,
///   else an image `media:content`, an image enclosure, `itunes:image`, JSON
///   Feed `image` or `banner_image`, else the content's first `<img>` that is
///   not a tracking pixel.
/// - **Limits**: every text field keeps at most 1 MiB of UTF-8 (the rest is
///   cut off), an item at most 256 categories, so a hostile feed cannot blow
///   memory.
public enum FeedParser {
    /// The feed in `data`, recognised by its content; `contentType` is the
    /// HTTP `Content-Type`, used for its `charset` when the document does not
    /// declare its encoding; `baseURL` is the document's own URL (after
    /// redirects), which relative links resolve against where no `xml:base`
    /// says otherwise.
    ///
    /// - throws: ``FeedParseError/empty``, ``FeedParseError/undecodableText(encoding:)``
    ///   (only for invalid UTF-16 after its byte order mark),
    ///   ``FeedParseError/unrecognizedFormat(hint:)``,
    ///   ``FeedParseError/malformedXML(line:column:message:)`` (broken before
    ///   any complete item) or ``FeedParseError/malformedJSON(message:)`` when
    ///   the document as a whole cannot be read.
    public static func parse(
        _ data: Data, contentType: String? = nil, baseURL: String? = nil
    ) throws(FeedParseError) -> ParsedFeed {
        var whole = ParsedFeed(format: .rss)
        try read(data, contentType: contentType, baseURL: baseURL, chunkSize: .max) { feed in
            whole = feed
            return true
        }
        return whole
    }

    /// Reads the feed in `data` as ``parse(_:contentType:baseURL:)`` does, but hands
    /// its items to `receive` while reading, so a large document never exists
    /// as parsed items all at once.
    ///
    /// Each call of `receive` gets a ``ParsedFeed`` holding the next
    /// `chunkSize` items (parsed and skipped, in document order; skip
    /// positions count from the document's start) with the feed's fields as
    /// read so far. The last call, which always comes unless reading fails or
    /// is stopped, holds the remaining items (perhaps none) and the feed's
    /// fields as the whole document gives them. `receive` returns false to
    /// stop reading; `read` then returns without another call.
    ///
    /// For example:
    ///
    /// ```swift
    /// try FeedParser.read(data, chunkSize: 1000) { chunk in
    ///     store(chunk.items)
    ///     return true
    /// }
    /// ```
    ///
    /// - throws: what ``parse(_:contentType:baseURL:)`` throws. Chunks handed over
    ///   before the error stay handed over; a document with undeclared HTML
    ///   entities or bare `&`s is read twice, so its first items may come
    ///   twice. A damaged document does not throw: its last chunk carries
    ///   ``ParsedFeed/damage``.
    public static func read(
        _ data: Data, contentType: String? = nil, baseURL: String? = nil, chunkSize: Int,
        receive: (ParsedFeed) -> Bool
    ) throws(FeedParseError) {
        let document = try FeedTextDecoder.decode(data, headerCharset: ContentType.charset(in: contentType))
        let base = LinkBase(baseURL)
        switch document.syntax {
        case .xml: try XMLFeedReader.read(document.utf8, documentBase: base, chunkSize: chunkSize, receive: receive)
        case .json: try JSONFeedParser.read(document.utf8, base: base, chunkSize: chunkSize, receive: receive)
        }
    }

    /// Reads the feed in the file at `url` as ``read(_:contentType:baseURL:chunkSize:receive:)``
    /// reads one in memory, with the same results, but parses UTF-8 XML as
    /// it reads it from the file, so the document is never in memory whole
    /// (a 50,000-item RSS file is about 57 MB). A document that needs
    /// decoding or repairing first (another encoding, a type declaration,
    /// JSON) is read into memory and read as in memory.
    ///
    /// For example, a body the transport wrote to a file:
    ///
    /// ```swift
    /// if let file = response.bodyFile {
    ///     try FeedParser.read(contentsOf: file.url, contentType: response.header("Content-Type"), chunkSize: 1000) {
    ///         store($0.items)
    ///         return true
    ///     }
    /// }
    /// ```
    ///
    /// - throws: what ``read(_:contentType:baseURL:chunkSize:receive:)`` throws,
    ///   and ``FeedParseError/unreadableFile(path:)``.
    public static func read(
        contentsOf url: URL, contentType: String? = nil, baseURL: String? = nil, chunkSize: Int,
        receive: (ParsedFeed) -> Bool
    ) throws(FeedParseError) {
        guard let start = FeedFileInspection.streamableXMLStart(ofFileAt: url) else {
            guard let data = try? Data(contentsOf: url) else { throw .unreadableFile(path: url.path) }
            try read(data, contentType: contentType, baseURL: baseURL, chunkSize: chunkSize, receive: receive)
            return
        }
        try XMLFeedReader.read(
            fileAt: url, from: start, documentBase: LinkBase(baseURL), chunkSize: chunkSize, receive: receive)
    }
}
