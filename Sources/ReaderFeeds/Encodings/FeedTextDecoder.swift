import Foundation

/// A feed document as UTF-8 bytes, with the syntax it was recognised as.
struct DecodedDocument {
    /// XML or JSON.
    var syntax: FeedSyntax
    /// The document as valid UTF-8; an XML declaration, if any, says UTF-8.
    var utf8: Data
}

/// Turns a feed's bytes, in whatever encoding they came, into UTF-8.
///
/// The encoding is decided as browsers and liberal feed parsers do; the
/// first that decodes the bytes wins:
/// 1. a byte order mark (UTF-8, UTF-16 LE/BE), or UTF-16 bytes of `<?`;
/// 2. the HTTP `Content-Type` charset, unless the bytes are valid UTF-8
///    anyway (servers often send a default charset for every file, and
///    non-ASCII text that happens to be valid UTF-8 is UTF-8 in practice);
/// 3. the `encoding` of the XML declaration;
/// 4. UTF-8;
/// 5. a fallback: GB18030 when the bytes read as Chinese
///    (``ChineseByteHeuristic``), a byte invalid in it becoming U+FFFD (a
///    GBK page with a few broken bytes stays Chinese), else Windows-1252,
///    which decodes any bytes.
///
/// A label whose encoding does not decode the bytes (a document that says
/// UTF-8 but is Windows-1252) is passed over, so a mis-declared document is
/// kept rather than failed. Windows-1252 and ISO-8859-1 labels are no
/// evidence (every byte decodes in them, and servers send them as a
/// default): they are passed over too, and the fallback decides, which
/// still gives Windows-1252 unless the bytes are valid UTF-8 or Chinese.
///
/// Legacy encodings (GBK, GB2312, GB18030, Big5...) are transcoded with
/// `iconv` and the XML declaration rewritten to say UTF-8, so the XML parser
/// never sees anything else. JSON is read the same way (it has no
/// declaration). The original bytes are not kept. A valid UTF-8 document is
/// checked once and not copied.
enum FeedTextDecoder {
    /// `data` as a UTF-8 document of a recognised syntax.
    ///
    /// - parameter headerCharset: the HTTP `Content-Type` charset, if any.
    /// - parameter fallsBack: whether bytes that no label decodes take the
    ///   fallback (step 5); without it, Windows-1252 labels decode as such and
    ///   undecodable bytes throw, for documents such as OPML files that are
    ///   refused rather than guessed at.
    /// - throws: ``FeedParseError/empty``, ``FeedParseError/unrecognizedFormat(hint:)``
    ///   (from ``FeedSniffer``), or ``FeedParseError/undecodableText(encoding:)``
    ///   for invalid UTF-16 after its byte order mark, or, without
    ///   `fallsBack`, bytes invalid in every encoding tried.
    static func decode(
        _ data: Data, headerCharset: String?, fallsBack: Bool = true
    ) throws(FeedParseError) -> DecodedDocument {
        var data = data
        let signature = UnicodeSignature(data)
        switch signature {
        case .utf8:
            data = data.dropFirst(3)
        case .utf16(let iconvName, let bomLength):
            do {
                data = try IconvTranscoder.utf8(from: data.dropFirst(bomLength), encoding: iconvName)
            } catch {
                throw .undecodableText(encoding: "UTF-16")
            }
        case nil:
            break
        }
        data = data.drop { isHTMLSpace($0) }
        let sniffed = data.withUnsafeBytes { bytes in
            Result { () throws(FeedParseError) in try FeedSniffer.syntax(of: bytes) }
        }
        let syntax = try sniffed.get()
        let declaredLabel = syntax == .xml ? XMLDeclaration.encodingLabel(in: data) : nil
        var labels: [(label: String, isHeader: Bool)] = []
        if signature == nil {
            if let headerCharset { labels.append((headerCharset, true)) }
            if let declaredLabel { labels.append((declaredLabel, false)) }
        }
        labels.append(("UTF-8", false))

        var document = try decoded(data, labels: labels, fallsBack: fallsBack)
        // The XML parser must not decode the bytes again as what the declaration says.
        if let declaredLabel, !["utf-8", "utf8"].contains(declaredLabel.lowercased()) {
            document = XMLDeclaration.declaringUTF8(document)
        }
        return DecodedDocument(syntax: syntax, utf8: document)
    }

    /// `data` decoded by the first of `labels` that decodes it, else by the fallback.
    private static func decoded(
        _ data: Data, labels: [(label: String, isHeader: Bool)], fallsBack: Bool
    ) throws(FeedParseError) -> Data {
        var validUTF8: Bool?
        func isUTF8() -> Bool {
            if let validUTF8 { return validUTF8 }
            let valid = data.withUnsafeBytes { UTF8Validation.isValid($0) }
            validUTF8 = valid
            return valid
        }
        for (label, isHeader) in labels {
            switch FeedEncoding(label: label) {
            case .utf8:
                if isUTF8() { return data }
            case .windows1252:
                if !fallsBack { return Windows1252.utf8(from: data) }
            case .legacy where isHeader && isUTF8():
                continue
            case .legacy(let iconvName):
                if let transcoded = try? IconvTranscoder.utf8(from: data, encoding: iconvName) { return transcoded }
            }
        }
        guard fallsBack else { throw .undecodableText(encoding: labels[0].label.uppercased()) }
        if ChineseByteHeuristic.looksChinese(data),
            let transcoded = try? IconvTranscoder.utf8(from: data, encoding: "GB18030", replacingInvalidBytes: true)
        {
            return transcoded
        }
        return Windows1252.utf8(from: data)
    }

    /// A byte order mark, or UTF-16 bytes of `<?` without one.
    private enum UnicodeSignature {
        case utf8
        case utf16(iconvName: String, bomLength: Int)

        init?(_ data: Data) {
            let head = Array(data.prefix(4))
            switch head {
            case _ where head.starts(with: [0xEF, 0xBB, 0xBF]): self = .utf8
            case _ where head.starts(with: [0xFF, 0xFE]): self = .utf16(iconvName: "UTF-16LE", bomLength: 2)
            case _ where head.starts(with: [0xFE, 0xFF]): self = .utf16(iconvName: "UTF-16BE", bomLength: 2)
            case [0x3C, 0x00, 0x3F, 0x00]: self = .utf16(iconvName: "UTF-16LE", bomLength: 0)
            case [0x00, 0x3C, 0x00, 0x3F]: self = .utf16(iconvName: "UTF-16BE", bomLength: 0)
            default: return nil
            }
        }
    }
}
