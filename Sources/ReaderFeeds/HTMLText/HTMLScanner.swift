/// Receives what ``HTMLScanner`` finds in an HTML fragment, in document order.
package protocol HTMLScannerSink {
    /// Character data as written, character references not yet decoded.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A start tag; `name` is lowercased.
    mutating func startTag(_ name: String, attributes: HTMLAttributes)
    /// An end tag; `name` is lowercased.
    mutating func endTag(_ name: String)
    /// True once the sink has all it wants: scanning stops.
    var isFinished: Bool { get }
}

/// The raw attribute text of one start tag, read on demand.
package struct HTMLAttributes {
    /// The bytes between the tag name and the closing `>`.
    let raw: UnsafeBufferPointer<UInt8>

    /// True for a tag written `<name ... />`.
    package var isSelfClosing: Bool {
        guard let last = raw.lastIndex(where: { !isHTMLSpace($0) }) else { return false }
        return raw[last] == UInt8(ascii: "/")
    }

    /// The value of the attribute `name` (lowercase), character references
    /// decoded; the first one when the tag repeats it, "" when it has no value.
    package func value(of name: String) -> String? {
        valueRange(of: name).map(decoded)
    }

    /// Where the value of the attribute `name` (lowercase) is written in
    /// ``raw``, quotes excluded, as written (references not decoded); the
    /// first one when the tag repeats it.
    func valueRange(of name: String) -> Range<Int>? {
        let wanted = Array(name.utf8)
        var found: Range<Int>?
        forEachAttribute { attributeName, value in
            guard matches(attributeName, wanted) else { return true }
            found = value
            return false
        }
        return found
    }

    /// Calls `body` with each attribute's name (as written) and the range of
    /// its raw value in ``raw`` (empty when it has none), in order, until
    /// `body` returns false.
    func forEachAttribute(_ body: (_ name: Slice<UnsafeBufferPointer<UInt8>>, _ value: Range<Int>) -> Bool) {
        var index = 0
        while index < raw.count {
            while index < raw.count, !isAttributeNameByte(raw[index]) { index += 1 }
            let nameStart = index
            while index < raw.count, isAttributeNameByte(raw[index]) { index += 1 }
            let nameEnd = index
            while index < raw.count, isHTMLSpace(raw[index]) { index += 1 }
            var valueRange = index..<index
            if index < raw.count, raw[index] == UInt8(ascii: "=") {
                index += 1
                while index < raw.count, isHTMLSpace(raw[index]) { index += 1 }
                valueRange = scanValue(from: &index)
            }
            if nameEnd > nameStart, !body(raw[nameStart..<nameEnd], valueRange) { return }
        }
    }

    /// The raw value at `range` with its character references decoded.
    func decoded(_ range: Range<Int>) -> String {
        var decoded: [UInt8] = []
        HTMLEntities.decode(UnsafeBufferPointer(rebasing: raw[range]), into: &decoded)
        return String(decoding: decoded, as: UTF8.self)
    }

    private func scanValue(from index: inout Int) -> Range<Int> {
        guard index < raw.count else { return index..<index }
        let quote = raw[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = index + 1
            var end = start
            while end < raw.count, raw[end] != quote { end += 1 }
            index = min(end + 1, raw.count)
            return start..<end
        }
        let start = index
        while index < raw.count, !isHTMLSpace(raw[index]) { index += 1 }
        return start..<index
    }

    private func matches(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ wanted: [UInt8]) -> Bool {
        guard bytes.count == wanted.count else { return false }
        return zip(bytes, wanted).allSatisfy { asciiLowercased($0) == $1 }
    }

    private func isAttributeNameByte(_ byte: UInt8) -> Bool {
        !isHTMLSpace(byte) && byte != UInt8(ascii: "=") && byte != UInt8(ascii: "/")
            && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
    }
}

/// A forgiving single-pass HTML tokenizer over UTF-8 bytes, for turning feed
/// bodies into text.
///
/// It reports text, start tags and end tags; comments, doctypes and processing
/// instructions are skipped, and so are `<script>` and `<style>` elements with
/// everything inside them. A `<` that does not start a tag is text.
package enum HTMLScanner {
    /// Scans `html`, reporting to `sink` until the end or until the sink is finished.
    package static func scan(_ html: String, into sink: inout some HTMLScannerSink) {
        var html = html
        html.withUTF8 { scan($0, into: &sink) }
    }

    /// Scans UTF-8 bytes, reporting to `sink`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout some HTMLScannerSink) {
        var index = 0
        var textStart = 0
        func flushText(upTo end: Int) {
            if end > textStart { sink.text(UnsafeBufferPointer(rebasing: bytes[textStart..<end])) }
        }
        while index < bytes.count, !sink.isFinished {
            guard bytes[index] == UInt8(ascii: "<"), let tag = markup(in: bytes, at: index) else {
                index += 1
                continue
            }
            flushText(upTo: index)
            switch tag.kind {
            case .start(let name, let attributes):
                if isRawTextElement(name) {
                    index = endOfRawText(named: name, in: bytes, from: tag.end)
                } else {
                    sink.startTag(name, attributes: attributes)
                    index = tag.end
                }
            case .end(let name):
                sink.endTag(name)
                index = tag.end
            case .ignored:
                index = tag.end
            }
            textStart = index
        }
        if !sink.isFinished { flushText(upTo: index) }
    }

    private static let commentStart = Array("<!--".utf8)

    /// True for the elements whose content is not HTML: `script` and `style`.
    private static func isRawTextElement(_ name: String) -> Bool {
        name == "script" || name == "style"
    }

    private enum MarkupKind {
        case start(String, HTMLAttributes)
        case end(String)
        case ignored
    }

    /// The markup starting at `start` (a `<`) and the index after it; nil if it is text.
    private static func markup(
        in bytes: UnsafeBufferPointer<UInt8>, at start: Int
    ) -> (kind: MarkupKind, end: Int)? {
        let next = start + 1
        guard next < bytes.count else { return nil }
        let byte = bytes[next]
        if isASCIILetter(byte) {
            let nameEnd = endOfName(in: bytes, from: next)
            let close = endOfTag(in: bytes, from: nameEnd)
            let attributes = HTMLAttributes(
                raw: UnsafeBufferPointer(rebasing: bytes[nameEnd..<max(nameEnd, close - 1)]))
            return (.start(lowercasedName(bytes[next..<nameEnd]), attributes), close)
        }
        if byte == UInt8(ascii: "/"), next + 1 < bytes.count, isASCIILetter(bytes[next + 1]) {
            let nameEnd = endOfName(in: bytes, from: next + 1)
            return (.end(lowercasedName(bytes[(next + 1)..<nameEnd])), endOfTag(in: bytes, from: nameEnd))
        }
        if byte == UInt8(ascii: "!") && hasPrefix(commentStart, in: bytes, at: start) {
            return (.ignored, endOfComment(in: bytes, from: start + 4))
        }
        if byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
            return (.ignored, endOfTag(in: bytes, from: next))
        }
        return nil
    }

    private static func endOfName(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, isASCIILetter(bytes[index]) || isDigitOrNamePunctuation(bytes[index]) {
            index += 1
        }
        return index
    }

    /// The index after the `>` that closes a tag, skipping quoted attribute values.
    private static func endOfTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            }
            index += 1
        }
        return bytes.count
    }

    private static func endOfComment(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
                && bytes[index + 2] == UInt8(ascii: ">")
            {
                return index + 3
            }
            index += 1
        }
        return bytes.count
    }

    /// The index after `</name ...>`, or the end if the element is never closed.
    private static func endOfRawText(named name: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let closing = Array("</\(name)".utf8)
        var index = start
        while index + closing.count <= bytes.count {
            if bytes[index] == UInt8(ascii: "<"),
                zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ asciiLowercased($0) == $1 })
            {
                return endOfTag(in: bytes, from: index + closing.count)
            }
            index += 1
        }
        return bytes.count
    }

    private static func hasPrefix(_ prefix: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + prefix.count <= bytes.count else { return false }
        return prefix.indices.allSatisfy { bytes[start + $0] == prefix[$0] }
    }

    private static func lowercasedName(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let isLowercase = !bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        return isLowercase
            ? String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
            : String(decoding: bytes.map(asciiLowercased), as: UTF8.self)
    }

    private static func isDigitOrNamePunctuation(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }
}

/// True for the ASCII letters.
func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}

/// `byte` with ASCII capitals lowercased.
func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
}

/// True for the whitespace HTML collapses: space, tab, LF, FF, CR.
func isHTMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}
