/// Receives, in order, what ``TextScanner`` reads from a text.
protocol TextSink {
    /// A Latin-script word: lowercased, accents folded to ASCII, possessive `'s` removed,
    /// inner apostrophes kept as `'` (`xi'an`); a letter with no ASCII folding is byte `0x01`.
    /// The bytes are valid only during the call.
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Punctuation, symbols or ideographs between two words, which no phrase spans;
    /// spaces and hyphens are not breaks.
    mutating func wordBreak()
    /// One CJK ideograph, as the scalar value of its simplified form (``SimplifiedChinese``).
    mutating func ideograph(_ scalar: UInt32)
    /// Anything between two ideographs that is not one.
    mutating func ideographBreak()
}
