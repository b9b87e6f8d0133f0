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
/// The encoding is decided, first match wins, by:
/// 1. a byte order mark (UTF-8, UTF-16 LE/BE), or UTF-16 bytes of `<?`;
/// 2. the `encoding` of the XML declaration;
/// 3. the HTTP `Content-Type` charset, unless the bytes are valid UTF-8
///    anyway (servers often send a default charset for every file);
/// 4. UTF-8.
///
/// Legacy encodings (GBK, GB2312, GB18030, Big5, Windows-1252...) are
/// transcoded with `iconv` and the XML declaration rewritten to say UTF-8,
/// so the XML parser never sees anything else. JSON is read the same way
/// (it has no declaration). The original bytes are not kept.
enum FeedTextDecoder {
    /// `data` as a UTF-8 document of a recognised syntax.
    ///
    /// - parameter headerCharset: the HTTP `Content-Type` charset, if any.
    /// - throws: ``FeedParseError/empty``, ``FeedParseError/unrecognizedFormat(hint:)``
    ///   (from ``FeedSniffer``), or ``FeedParseError/undecodableText(encoding:)``
    ///   when the bytes are invalid in the encoding they are in.
    static func decode(_ data: Data, headerCharset: String?) throws(FeedParseError) -> DecodedDocument {
        var data = data
        var signatureEncoding: FeedEncoding?
        switch UnicodeSignature(data) {
        case .utf8:
            data = data.dropFirst(3)
            signatureEncoding = .utf8
        case .utf16(let iconvName, let bomLength):
            data = try transcode(data.dropFirst(bomLength), iconvName: iconvName, label: "UTF-16")
            signatureEncoding = .utf8
        case nil:
            break
        }
        data = data.drop { isHTMLSpace($0) }
        let sniffed = data.withUnsafeBytes { bytes in
            Result { () throws(FeedParseError) in try FeedSniffer.syntax(of: bytes) }
        }
        let syntax = try sniffed.get()

        let declaredLabel = syntax == .xml ? XMLDeclaration.encodingLabel(in: data) : nil
        let label = signatureEncoding == nil ? declaredLabel ?? headerCharset ?? "UTF-8" : "UTF-8"
        switch signatureEncoding ?? FeedEncoding(label: label) {
        case .utf8:
            guard isValidUTF8(data) else { throw .undecodableText(encoding: label.uppercased()) }
        case .legacy where declaredLabel == nil && isValidUTF8(data):
            break
        case .legacy(let iconvName):
            data = try transcode(data, iconvName: iconvName, label: label)
        }
        // The XML parser must not decode the bytes again as what the declaration says.
        if let declaredLabel, !["utf-8", "utf8"].contains(declaredLabel.lowercased()) {
            data = XMLDeclaration.declaringUTF8(data)
        }
        return DecodedDocument(syntax: syntax, utf8: data)
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

    private static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { UTF8Validation.isValid($0) }
    }

    /// `data` converted from `iconvName` to UTF-8; an encoding `iconv` does not
    /// know is accepted only if the bytes are valid UTF-8 already.
    private static func transcode(_ data: Data, iconvName: String, label: String) throws(FeedParseError) -> Data {
        do {
            return try IconvTranscoder.utf8(from: data, encoding: iconvName)
        } catch .unsupportedEncoding where isValidUTF8(data) {
            return data
        } catch {
            throw .undecodableText(encoding: label.uppercased())
        }
    }
}
