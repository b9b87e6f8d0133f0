import Foundation

/// The `<?xml version="1.0" encoding="..."?>` declaration at the start of an
/// XML document: reading its encoding, and rewriting it once the bytes are UTF-8.
enum XMLDeclaration {
    /// The byte offsets of the declaration, if the document starts with one.
    static func range(in bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        let opening = Array("<?xml".utf8)
        guard bytes.count > opening.count, bytes.starts(with: opening), isHTMLSpace(bytes[opening.count]) else {
            return nil
        }
        let searchEnd = min(bytes.count, 1024)
        var index = opening.count
        while index + 1 < searchEnd {
            if bytes[index] == UInt8(ascii: "?") && bytes[index + 1] == UInt8(ascii: ">") { return 0..<(index + 2) }
            index += 1
        }
        return nil
    }

    /// The value of the declaration's `encoding` pseudo-attribute, if any.
    static func encodingLabel(in data: Data) -> String? {
        data.withUnsafeBytes { bytes -> String? in
            guard let range = range(in: bytes) else { return nil }
            let declaration = String(decoding: bytes[range], as: UTF8.self)
            guard let name = declaration.range(of: "encoding") else { return nil }
            var rest = declaration[name.upperBound...].drop(while: \.isWhitespace)
            guard rest.first == "=" else { return nil }
            rest = rest.dropFirst().drop(while: \.isWhitespace)
            guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
            let value = rest.dropFirst().prefix { $0 != quote }
            return value.isEmpty ? nil : String(value)
        }
    }

    /// `data` (now UTF-8) with its declaration, if any, saying so.
    static func declaringUTF8(_ data: Data) -> Data {
        guard let range = data.withUnsafeBytes({ range(in: $0) }) else { return data }
        var data = data
        let start = data.startIndex
        data.replaceSubrange((start + range.lowerBound)..<(start + range.upperBound), with: utf8Declaration)
        return data
    }

    private static let utf8Declaration = Data(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
}
