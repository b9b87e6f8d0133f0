/// Reads a text once, byte by byte over its UTF-8, into Latin words and CJK
/// ideographs for a ``TextSink``.
///
/// Words are runs of letters, digits and inner apostrophes; spaces and hyphens
/// between words let a phrase continue (`Yunnan-based`, `Inner Mongolia`), other
/// punctuation breaks it. Ideographs are reported one by one, traditional characters
/// folded to simplified ones (``SimplifiedChinese``); anything that is not an ideograph
/// breaks an ideograph run.
enum TextScanner {
    /// The most bytes of a word reported; a longer word (no place name is) is cut
    /// there and its last byte set to `0x01`, so that it matches nothing.
    static let longestWord = 64

    /// Reports the words and ideographs of `text` to `sink`.
    static func scan<Sink: TextSink>(_ text: String, into sink: inout Sink) {
        var text = text
        text.withUTF8 { bytes in
            SimplifiedChinese.table.withUnsafeBufferPointer { simplified in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestWord) { wordBuffer in
                    var state = ScanState(wordBuffer: wordBuffer, simplified: simplified)
                    var index = 0
                    while index < bytes.count {
                        let (value, width) = decode(bytes, at: index)
                        index += width
                        state.read(ScalarClass.of(value), value: value, into: &sink)
                    }
                    state.finishWord(into: &sink)
                }
            }
        }
    }

    /// The scalar value that starts at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(bytes, index + 1), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | continuation(bytes, index + 1) << 6 | continuation(bytes, index + 2), 3)
        }
        let value = (lead & 0x07) << 18 | continuation(bytes, index + 1) << 12
            | continuation(bytes, index + 2) << 6 | continuation(bytes, index + 3)
        return (value, 4)
    }

    private static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt32 {
        index < bytes.count ? UInt32(bytes[index] & 0x3F) : 0
    }
}

/// The scanner's position between words and ideographs.
private struct ScanState {
    /// Holds the word being read; lives only during ``TextScanner/scan(_:into:)``.
    private let word: UnsafeMutableBufferPointer<UInt8>
    /// The number of bytes of the word read so far, up to `word.count`.
    private var length = 0
    /// Whether the word has more bytes than `word` holds.
    private var isOverlong = false
    /// Whether the last thing reported on the Latin side was a word (so a break matters).
    private var afterWord = false
    /// Whether the last scalar read was an ideograph.
    private var afterIdeograph = false
    /// ``SimplifiedChinese/table``.
    private let simplified: UnsafeBufferPointer<UInt16>

    init(wordBuffer: UnsafeMutableBufferPointer<UInt8>, simplified: UnsafeBufferPointer<UInt16>) {
        word = wordBuffer
        self.simplified = simplified
    }

    @inline(__always)
    mutating func read<Sink: TextSink>(_ scalarClass: ScalarClass, value: UInt32, into sink: inout Sink) {
        if afterIdeograph && scalarClass != .ideograph {
            sink.ideographBreak()
            afterIdeograph = false
        }
        switch scalarClass {
        case .wordByte(let byte):
            append(byte)
        case .foreignLetter:
            append(0x01)
        case .apostrophe:
            if length > 0 { append(UInt8(ascii: "'")) }
        case .combiningMark:
            break
        case .joiner:
            finishWord(into: &sink)
        case .ideograph:
            finishWord(into: &sink)
            breakWords(into: &sink)
            sink.ideograph(SimplifiedChinese.fold(value, with: simplified))
            afterIdeograph = true
        case .other:
            finishWord(into: &sink)
            breakWords(into: &sink)
        }
    }

    /// Reports the word being read, if any, without its possessive or trailing apostrophes.
    mutating func finishWord<Sink: TextSink>(into sink: inout Sink) {
        guard length > 0 else { return }
        if isOverlong {
            word[length - 1] = 0x01
        } else {
            let apostrophe = UInt8(ascii: "'")
            while length > 0, word[length - 1] == apostrophe { length -= 1 }
            if length >= 2, word[length - 1] == UInt8(ascii: "s"), word[length - 2] == apostrophe {
                length -= 2
                while length > 0, word[length - 1] == apostrophe { length -= 1 }
            }
        }
        if length > 0 {
            sink.word(UnsafeBufferPointer(rebasing: word[..<length]))
            afterWord = true
        }
        length = 0
        isOverlong = false
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if length < word.count {
            word[length] = byte
            length += 1
        } else {
            isOverlong = true
        }
    }

    private mutating func breakWords<Sink: TextSink>(into sink: inout Sink) {
        if afterWord {
            sink.wordBreak()
            afterWord = false
        }
    }
}
