/// What one Unicode scalar is to the scanner.
enum ScalarClass: Equatable {
    /// A letter or digit that folds to this lowercase ASCII byte.
    case wordByte(UInt8)
    /// A letter with no ASCII folding (Greek, Cyrillic, `æ`): part of a word no gazetteer spelling has.
    case foreignLetter
    /// An apostrophe or a character used as one (`’`, `‘`, `` ` ``, `´`, `′`, `ʼ`).
    case apostrophe
    /// A combining diacritical mark, as in a decomposed `Ü`: ignored, like the accent of a precomposed letter.
    case combiningMark
    /// White space or a hyphen or dash: joins the words of a phrase.
    case joiner
    /// A CJK ideograph.
    case ideograph
    /// Punctuation, symbols and everything else: breaks phrases.
    case other

    /// The class of the scalar with value `value`.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x61...0x7A, 0x30...0x39: .wordByte(UInt8(truncatingIfNeeded: value))
        case 0x41...0x5A: .wordByte(UInt8(truncatingIfNeeded: value) | 0x20)
        case 0x20, 0x2D, 0x09...0x0D: .joiner
        case 0x27, 0x60: .apostrophe
        case 0x00...0x7F: .other
        default: ofNonASCII(value)
        }
    }

    private static func ofNonASCII(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: .ideograph
        case 0xB4, 0x2BC, 0x2018, 0x2019, 0x2032: .apostrophe
        case 0x300...0x36F: .combiningMark
        case 0xA0, 0x2000...0x200B, 0x2010...0x2015, 0x202F, 0x3000: .joiner
        case 0x3001...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20: .other  // CJK and full-width punctuation
        default: LatinFolding.class(ofNonASCII: value)
        }
    }
}
