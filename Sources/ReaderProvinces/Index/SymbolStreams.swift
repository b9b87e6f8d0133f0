/// A text turned into two symbol streams for the gazetteer's tries: numbered
/// words and ideographs, with ``SymbolTrie/separator`` wherever a phrase cannot continue.
///
/// A word the vocabulary does not know is a separator too: no spelling contains it.
struct SymbolStreams: TextSink {
    /// The Latin side: word numbers and separators.
    private(set) var words: [UInt32] = []
    /// The CJK side: ideograph scalar values and separators.
    private(set) var ideographs: [UInt32] = []
    private let vocabulary: Vocabulary

    /// Empty streams that number words with `vocabulary`, with room for a text of `byteCount` bytes.
    init(vocabulary: Vocabulary, byteCount: Int) {
        self.vocabulary = vocabulary
        // A word and its separator take at least two bytes, an ideograph three.
        words.reserveCapacity(byteCount / 2 + 1)
        ideographs.reserveCapacity(byteCount / 3 + 1)
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let number = vocabulary.number(of: bytes) {
            words.append(number)
        } else {
            Self.appendSeparator(to: &words)
        }
    }

    mutating func wordBreak() {
        Self.appendSeparator(to: &words)
    }

    mutating func ideograph(_ scalar: UInt32) {
        ideographs.append(scalar)
    }

    mutating func ideographBreak() {
        Self.appendSeparator(to: &ideographs)
    }

    /// Appends a separator unless the stream is empty or already ends with one.
    private static func appendSeparator(to stream: inout [UInt32]) {
        if let last = stream.last, last != SymbolTrie.separator {
            stream.append(SymbolTrie.separator)
        }
    }
}
