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
///   RSS, Atom's `<feed>` is Atom). An HTML page is refused.
/// - **Encoding**: UTF-8 with or without a byte order mark, UTF-16 with one,
///   and legacy encodings (GBK/GB2312/GB18030, Big5, Windows-1252...) declared
///   in the XML declaration or, failing that, in the `Content-Type` charset;
///   see ``FeedTextDecoder``.
/// - **Items** become ``ParsedItem``s the same way in all formats (see
///   ``ItemDraft/finished()``): plain-text titles with entities decoded, a
///   summary of at most ~300 characters, dates read by ``FeedDate``, and a
///   unique id from the guid/id, else the link, else a hash of title and date.
///   An item with no title, link or content, or that is not even an item (a
///   JSON value that is not an object), is counted in ``ParsedFeed/skipped``.
/// - **Limits**: every text field keeps at most 1 MiB of UTF-8, an item at
///   most 256 categories (see ``FieldLimits``).
public enum FeedParser {
    /// The feed in `data`, recognised by its content; `contentType` is the
    /// HTTP `Content-Type`, used for its `charset` when the document does not
    /// declare its encoding.
    ///
    /// - throws: ``FeedParseError/empty``, ``FeedParseError/undecodableText(encoding:)``,
    ///   ``FeedParseError/unrecognizedFormat(hint:)``,
    ///   ``FeedParseError/malformedXML(line:column:message:)`` or
    ///   ``FeedParseError/malformedJSON(message:)`` when the document as a whole
    ///   cannot be read.
    public static func parse(_ data: Data, contentType: String? = nil) throws(FeedParseError) -> ParsedFeed {
        let document = try FeedTextDecoder.decode(data, headerCharset: ContentType.charset(in: contentType))
        switch document.syntax {
        case .xml: return try XMLFeedReader.parse(document.utf8)
        case .json: return try JSONFeedParser.parse(document.utf8)
        }
    }
}
