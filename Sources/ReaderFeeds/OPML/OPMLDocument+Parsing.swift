public import Foundation

extension OPMLDocument {
    /// The subscriptions listed in the OPML document `data`.
    ///
    /// How a document is read:
    ///
    /// - **Root**: it must be `<opml>`, of any `version` (1.0 and 2.0 are
    ///   read alike), and have a `<body>`. `<head><title>` becomes ``title``.
    /// - **Feeds**: every `<outline>` in the body with a non-empty `xmlUrl`
    ///   is a feed, whatever its `type`. Attribute names are matched ignoring
    ///   case (`xmlUrl`, `xmlurl` and `XMLURL` are all found). The title is
    ///   the `title` attribute, else `text`; values are trimmed, and a title
    ///   that is empty or only repeats the `xmlUrl` is nil.
    /// - **Folders**: an outline without `xmlUrl` is a folder; its `title`
    ///   (else `text`) is a component of ``OPMLEntry/folder`` for every feed
    ///   inside it, outermost first. A folder without a name adds no component,
    ///   and a feed outline nested in another feed outline gets the enclosing
    ///   folders only.
    /// - **Skipped**: a feed whose `xmlUrl` is not an absolute http or https
    ///   URL is left out and listed in ``skipped`` with its reason.
    /// - **Duplicates** are kept in ``entries``: the importer decides which one counts.
    /// - **Encoding**: a byte order mark (UTF-8, UTF-16) wins, then the XML
    ///   declaration's `encoding` (ISO-8859-1, GBK, Big5... are transcoded
    ///   first, as feeds are), else UTF-8. HTML named entities that XML does not
    ///   define (`&nbsp;`) are tolerated, as in feeds.
    ///
    /// A well-formed OPML document with no feed outline is not an error: its
    /// ``entries`` are empty.
    ///
    /// For example:
    ///
    /// ```swift
    /// let xml = #"<opml><body><outline text="IP" xmlUrl="https://ip.example.org/rss"/></body></opml>"#
    /// let document = try OPMLDocument.parse(Data(xml.utf8))
    /// document.entries  // [OPMLEntry(url: "https://ip.example.org/rss", title: "IP")]
    /// ```
    ///
    /// - throws: ``OPMLError/empty``, ``OPMLError/undecodableText(encoding:)``,
    ///   ``OPMLError/notOPML(rootElement:)`` for another kind of document,
    ///   ``OPMLError/malformed(line:column:reason:)`` when the XML is not
    ///   well-formed, or ``OPMLError/noBody``. Any of them refuses the whole
    ///   document.
    public static func parse(_ data: Data) throws(OPMLError) -> OPMLDocument {
        try OPMLReader.read(utf8XML(data))
    }

    /// `data` as UTF-8 XML whose declaration, if any, says so: decoded by the
    /// feed decoder, without an HTTP charset, and refused rather than guessed
    /// at when its bytes are invalid in its encoding.
    private static func utf8XML(_ data: Data) throws(OPMLError) -> Data {
        let document: DecodedDocument
        do {
            document = try FeedTextDecoder.decode(data, headerCharset: nil, fallsBack: false)
        } catch {
            switch error {
            case .empty: throw .empty
            case .undecodableText(let encoding): throw .undecodableText(encoding: encoding)
            // The sniffer's hint for an HTML page, pinned by `MalformedFeedTests.htmlPage`.
            case .unrecognizedFormat(hint: "an HTML page"): throw .notOPML(rootElement: "html")
            case .unrecognizedFormat, .malformedXML, .malformedJSON, .unreadableFile: throw .notOPML(rootElement: nil)
            }
        }
        guard document.syntax == .xml else { throw .notOPML(rootElement: nil) }
        return document.utf8
    }
}
