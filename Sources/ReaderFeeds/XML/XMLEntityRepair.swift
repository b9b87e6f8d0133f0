import Foundation

/// Makes XML whose entity references the parser cannot expand readable,
/// without losing the text around them.
///
/// Feeds written by HTML templates often contain `&nbsp;` or `&copy;` in
/// titles, which XML does not define: each is rewritten as a numeric
/// reference (`&#160;`), which keeps its meaning. Any other named reference
/// is kept as the literal text of the reference: `XXE &xxe; end` reads as
/// exactly that, the way liberal feed readers show it, instead of failing
/// the document or dropping the text after the reference (what
/// FoundationXML does with an entity declared external, `<!ENTITY xxe SYSTEM
/// "file:///etc/passwd">`, and even with one declared with a value). So
/// Reader never loads an external entity and never expands a declared one,
/// which also keeps "billion laughs" documents small. A bare `&`, not
/// starting a reference (`?a=1&b=2`, `Q & A`), is written `&amp;`: it stands
/// for itself. XML's five predefined entities and numeric references are
/// left for the parser. References in
/// CDATA sections, comments and the document type declaration are left alone.
enum XMLEntityRepair {
    /// `data` with every reference the parser would not expand, and every
    /// bare `&`, rewritten as described above, or nil if there is none.
    static func repairingReferences(in data: Data) -> Data? {
        data.withUnsafeBytes { raw -> Data? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            var copiedUpTo = 0
            var index = DocumentType.end(in: bytes) ?? 0
            while index < bytes.count {
                if let skipped = endOfTextSection(in: bytes, at: index) {
                    index = skipped
                    continue
                }
                guard bytes[index] == UInt8(ascii: "&"), !isNumericReference(in: bytes, at: index) else {
                    index += 1
                    continue
                }
                let ampersand = index
                let replacement: String
                if let name = referenceName(in: bytes, at: ampersand) {
                    index = name.upperBound + 1
                    let nameText = String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self)
                    if xmlPredefined.contains(nameText) {
                        continue
                    } else if let (scalar, _) = HTMLEntities.reference(in: bytes, at: ampersand) {
                        replacement = "&#\(scalar.value);"
                    } else {
                        replacement = "&amp;\(nameText);"
                    }
                } else {
                    index += 1
                    replacement = "&amp;"
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 1024) }
                output.append(contentsOf: bytes[copiedUpTo..<ampersand])
                output.append(contentsOf: replacement.utf8)
                copiedUpTo = index
            }
            guard copiedUpTo > 0 else { return nil }
            output.append(contentsOf: bytes[copiedUpTo...])
            return Data(output)
        }
    }

    /// Whether the document has a type declaration. Such a document is
    /// repaired before it is read: the parser would neither load an external
    /// entity nor keep the text of an entity declared with a value.
    static func hasDocumentType(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in DocumentType.end(in: raw.bindMemory(to: UInt8.self)) != nil }
    }

    /// Whether `head`, the start of a document, holds its root element's
    /// start with no type declaration before it: then the whole document
    /// has none.
    static func headShowsNoDocumentType(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        DocumentType.hasFirstElement(in: head) && DocumentType.end(in: head) == nil
    }

    /// The names of XML's five predefined entities.
    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// The range of the name in a reference `&name;` at `start`, or nil if
    /// none starts there (a numeric reference included).
    private static func referenceName(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Range<Int>? {
        var end = start + 1
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        guard end > start + 1, end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        return (start + 1)..<end
    }

    /// Whether a numeric character reference (`&#38;`, `&#x26;`) starts at `start`.
    private static func isNumericReference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start + 1
        guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { return false }
        index += 1
        let isHex = index < bytes.count && (bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X"))
        if isHex { index += 1 }
        let digitsStart = index
        while index < bytes.count, isHex ? bytes[index].isHexDigit : bytes[index].isDecimalDigit { index += 1 }
        return index > digitsStart && index < bytes.count && bytes[index] == UInt8(ascii: ";")
    }

    /// An XML name's bytes: ASCII letters, digits, `.-_:`, and any byte of a
    /// non-ASCII UTF-8 character.
    static func isNameByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || ".-_:".utf8.contains(byte)
    }

    /// The index just past a CDATA section or comment starting at `index`,
    /// or nil if none starts there.
    private static func endOfTextSection(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        guard bytes[index] == UInt8(ascii: "<") else { return nil }
        for (opening, closing) in [("<![CDATA[", "]]>"), ("<!--", "-->")] where bytes.hasPrefix(opening, at: index) {
            return bytes.firstIndex(of: closing, from: index + opening.utf8.count).map { $0 + closing.utf8.count }
                ?? bytes.count
        }
        return nil
    }
}

/// Where a document's type declaration (`<!DOCTYPE ...>`, with its internal
/// subset) is, if it has one before its root element.
private enum DocumentType {
    /// The index just past the declaration, or nil without one.
    static func end(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let root = firstElement(in: bytes),
            let doctype = UnsafeBufferPointer(rebasing: bytes[..<root]).firstIndex(of: "<!DOCTYPE", from: 0)
        else { return nil }
        var index = doctype
        var inSubset = false
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): inSubset = true
            case UInt8(ascii: "]"): inSubset = false
            case UInt8(ascii: ">") where !inSubset: return index + 1
            default: break
            }
            index += 1
        }
        return bytes.count
    }

    /// Whether `bytes` hold the first element's `<`.
    static func hasFirstElement(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstElement(in: bytes) != nil
    }

    /// The index of the first element's `<` (not `<?` or `<!`).
    private static func firstElement(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard open + 1 < bytes.count else { return nil }
            let next = bytes[open + 1]
            if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return open }
            index = open + 1
        }
        return nil
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit.
    fileprivate var isDecimalDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    /// Whether the byte is an ASCII hexadecimal digit.
    fileprivate var isHexDigit: Bool {
        isDecimalDigit || (self | 0x20 >= UInt8(ascii: "a") && self | 0x20 <= UInt8(ascii: "f"))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether the ASCII `text` starts at `index`.
    fileprivate func hasPrefix(_ text: String, at index: Int) -> Bool {
        let pattern = Array(text.utf8)
        guard index + pattern.count <= count else { return false }
        return pattern.indices.allSatisfy { self[index + $0] == pattern[$0] }
    }

    /// The first index at or after `start` where the ASCII `text` starts.
    fileprivate func firstIndex(of text: String, from start: Int) -> Int? {
        guard let first = text.utf8.first else { return nil }
        var index = start
        while index < count, let candidate = self[index...].firstIndex(of: first) {
            if hasPrefix(text, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
