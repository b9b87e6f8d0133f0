import Foundation

/// Decides whether a feed document in a file can be parsed straight from
/// the file, as it is read, rather than from memory.
///
/// That is so when ``FeedTextDecoder`` would hand the XML parser the bytes
/// unchanged (apart from a leading byte order mark and white space) and no
/// repair has to rewrite them first: XML that is valid UTF-8 throughout,
/// whose declaration says UTF-8 or nothing, and whose head shows its root
/// element with no type declaration before it. The HTTP charset does not
/// matter then: the decoder keeps valid UTF-8 whatever the header says.
/// Anything else (JSON, legacy encodings, UTF-16, a declaration of another
/// encoding, a type declaration) is read into memory and decoded as before.
enum FeedFileInspection {
    /// How much of the file's start is looked at for the syntax, the
    /// declaration and the root element.
    static let headLength = 64 * 1024

    /// The offset at which the XML starts in the file at `url`, if it can
    /// be parsed from the file as it is; else nil.
    static func streamableXMLStart(ofFileAt url: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: headLength).map({ [UInt8]($0) }),
            head.count >= 4, !head.prefix(4).contains(0)  // UTF-16 or UTF-32
        else { return nil }
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, isHTMLSpace(head[start]) { start += 1 }
        let document = Array(head[start...])
        let isPlainXML = document.withUnsafeBufferPointer { bytes in
            (try? FeedSniffer.syntax(of: UnsafeRawBufferPointer(bytes))) == .xml
                && XMLEntityRepair.headShowsNoDocumentType(bytes)
        }
        guard isPlainXML else { return nil }
        if let label = XMLDeclaration.encodingLabel(in: Data(document)),
            !["utf-8", "utf8"].contains(label.lowercased())
        {
            return nil
        }
        guard (try? handle.seek(toOffset: 0)) != nil, UTF8Validation.isValid(readingFrom: handle) else { return nil }
        return start
    }
}
