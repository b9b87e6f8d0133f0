/// A name read the way ``TextScanner`` reads text: a spelling from the gazetteer,
/// or a name a user typed.
///
/// For example, `"Hong Kong's"` reads as the words `hong kong`, `" 云南省 "` as the
/// ideographs `云南省`, and `"Ürümqi"` as the word `urumqi`.
struct Spelling: TextSink {
    /// The words, lowercased and folded.
    private(set) var words: [String] = []
    /// The ideographs, as scalar values.
    private(set) var ideographs: [UInt32] = []
    /// Whether punctuation breaks the name somewhere, as in `Hong Kong, China`.
    private(set) var isBroken = false
    /// Whether a break came after the last word or ideograph (it counts if more follow).
    private var breakPending = false

    /// The spelling of `name`.
    init(_ name: String) {
        TextScanner.scan(name, into: &self)
    }

    /// The name as one comparable string: its words joined by single spaces, then its ideographs.
    var key: String {
        let ideographText = String(String.UnicodeScalarView(ideographs.compactMap(Unicode.Scalar.init)))
        if words.isEmpty { return ideographText }
        if ideographs.isEmpty { return words.joined(separator: " ") }
        return words.joined(separator: " ") + " " + ideographText
    }

    /// Whether the name is one unbroken phrase in one script, as every gazetteer spelling must be.
    var isPhrase: Bool {
        !isBroken && words.isEmpty != ideographs.isEmpty
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>) {
        isBroken = isBroken || breakPending
        words.append(String(decoding: bytes, as: UTF8.self))
    }

    mutating func wordBreak() {
        breakPending = true
    }

    mutating func ideograph(_ scalar: UInt32) {
        isBroken = isBroken || breakPending
        ideographs.append(scalar)
    }

    mutating func ideographBreak() {
        breakPending = true
    }
}
