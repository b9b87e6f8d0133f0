/// UTF-8 text built from HTML character data: references decoded, runs of
/// whitespace (including no-break spaces) collapsed to one space, none leading.
package struct CollapsingTextBuffer {
    /// The text so far, as UTF-8.
    package private(set) var bytes: [UInt8] = []
    /// Whether a space is owed before the next visible character.
    private var pendingSpace = false
    /// How many Unicode scalars `bytes` holds.
    private(set) var scalarCount = 0

    /// An empty buffer.
    package init() {}

    /// The text so far, without a trailing space.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends character data, decoding references and collapsing whitespace.
    package mutating func append(_ input: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < input.count {
            let byte = input[index]
            if isHTMLSpace(byte) {
                separateWords()
                index += 1
            } else if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0xA0 {
                separateWords()
                index += 2
            } else if byte == UInt8(ascii: "&"), let (scalar, length) = HTMLEntities.reference(in: input, at: index) {
                append(scalar)
                index += length
            } else {
                // Copy the run of ordinary bytes up to the next space, `&` or U+00A0 at once.
                var end = index + 1
                while end < input.count, !Self.isSpecial(input[end]) { end += 1 }
                appendVisible(UnsafeBufferPointer(rebasing: input[index..<end]))
                index = end
            }
        }
    }

    /// True for the bytes that may start whitespace or a character reference.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        isHTMLSpace(byte) || byte == UInt8(ascii: "&") || byte == 0xC2
    }

    /// Appends character data verbatim (for `<pre>`), only decoding references.
    package mutating func appendPreservingWhitespace(_ input: UnsafeBufferPointer<UInt8>) {
        var decoded: [UInt8] = []
        HTMLEntities.decode(input, into: &decoded)
        decoded.withUnsafeBufferPointer { appendVisible($0) }
    }

    /// Appends already-decoded text, collapsing its whitespace.
    package mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Ensures the next visible character is separated from the previous one.
    mutating func separateWords() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        if scalar == " " || scalar == "\u{A0}" || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            separateWords()
        } else {
            flushSpace()
            HTMLEntities.append(scalar, to: &bytes)
            scalarCount += 1
        }
    }

    private mutating func appendVisible(_ run: UnsafeBufferPointer<UInt8>) {
        flushSpace()
        bytes.append(contentsOf: run)
        // Every byte but UTF-8 continuation bytes (0b10xxxxxx) starts a scalar.
        scalarCount += run.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private mutating func flushSpace() {
        if pendingSpace {
            bytes.append(0x20)
            scalarCount += 1
            pendingSpace = false
        }
    }
}
