/// The syntax of a feed document, before it is parsed.
enum FeedSyntax {
    /// RSS or Atom (which one, the root element says).
    case xml
    /// JSON Feed.
    case json
}

/// Recognises a document's syntax from its first bytes, whatever the server's
/// `Content-Type` claims.
enum FeedSniffer {
    /// The syntax of `bytes` (ASCII-compatible, leading whitespace removed).
    ///
    /// - throws: ``FeedParseError/empty`` for no bytes, and
    ///   ``FeedParseError/unrecognizedFormat(hint:)`` for an HTML page or
    ///   anything that starts with neither `<` nor `{`.
    static func syntax(of bytes: UnsafeRawBufferPointer) throws(FeedParseError) -> FeedSyntax {
        guard let first = bytes.first else { throw .empty }
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return .json
        case UInt8(ascii: "<"):
            if isHTML(bytes) { throw .unrecognizedFormat(hint: "an HTML page") }
            return .xml
        default:
            throw .unrecognizedFormat(hint: "starts with neither '<' nor '{'")
        }
    }

    /// True if the first markup after any declaration and comments is an HTML
    /// doctype or an `<html>` element.
    static func isHTML(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let limit = min(bytes.count, 4096)
        while index < limit {
            if isHTMLSpace(bytes[index]) {
                index += 1
            } else if startsWith("<?", bytes, at: index) {
                index = end(of: "?>", bytes, from: index)
            } else if startsWith("<!--", bytes, at: index) {
                index = end(of: "-->", bytes, from: index)
            } else {
                return startsWithName("<!doctype html", bytes, at: index) || startsWithName("<html", bytes, at: index)
            }
        }
        return false
    }

    /// True if the bytes at `index` spell `name`, ignoring ASCII case, followed by a space or `>`.
    private static func startsWithName(_ name: String, _ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        let end = index + name.utf8.count
        return startsWith(name, bytes, at: index) && end < bytes.count
            && (isHTMLSpace(bytes[end]) || bytes[end] == UInt8(ascii: ">"))
    }

    /// True if the bytes at `index` spell `prefix`, ignoring ASCII case.
    private static func startsWith(_ prefix: String, _ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        return prefix.indices.allSatisfy { asciiLowercased(bytes[index + $0]) == prefix[$0] }
    }

    /// The index after the next `terminator`, or the end.
    private static func end(of terminator: String, _ bytes: UnsafeRawBufferPointer, from index: Int) -> Int {
        var index = index
        while index < bytes.count {
            if startsWith(terminator, bytes, at: index) { return index + terminator.utf8.count }
            index += 1
        }
        return bytes.count
    }
}
