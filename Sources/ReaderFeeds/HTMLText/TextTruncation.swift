/// Shortens plain text for summaries and derived titles.
enum TextTruncation {
    /// `text` if it has at most `maxCharacters` characters; else its first
    /// `maxCharacters` characters cut back to the last space (when that keeps at
    /// least two thirds: CJK text has no spaces and is cut anywhere), followed by "…".
    ///
    /// Characters are counted as Unicode scalars (fast, and the same as
    /// characters for CJK and most Latin text); the cut never splits a grapheme.
    static func truncated(_ text: String, maxCharacters: Int) -> String {
        guard text.utf8.count > maxCharacters else { return text }
        var text = text
        guard let cutOffset = text.withUTF8({ cutOffset(in: $0, maxCharacters: maxCharacters) }) else { return text }
        var cut = text.utf8.index(text.utf8.startIndex, offsetBy: cutOffset)
        while cut > text.startIndex, cut.samePosition(in: text) == nil {
            text.utf8.formIndex(before: &cut)
        }
        var prefix = text[..<cut]
        while let last = prefix.last, last == " " || trailingPunctuation.contains(last) {
            prefix = prefix.dropLast()
        }
        return String(prefix) + "…"
    }

    /// The byte offset to cut at, or nil if the text has at most `maxCharacters` scalars.
    private static func cutOffset(in bytes: UnsafeBufferPointer<UInt8>, maxCharacters: Int) -> Int? {
        var scalars = 0
        var lastSpace: (offset: Int, scalars: Int)?
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if scalars == maxCharacters {
                if byte != UInt8(ascii: " "), let lastSpace, lastSpace.scalars >= maxCharacters * 2 / 3 {
                    return lastSpace.offset
                }
                return offset
            }
            if byte == UInt8(ascii: " ") { lastSpace = (offset, scalars) }
            scalars += 1
        }
        return nil
    }

    /// Punctuation that reads badly right before "…".
    private static let trailingPunctuation: Set<Character> = [",", ";", ":", "-", "，", "、", "；", "：", "("]
}
