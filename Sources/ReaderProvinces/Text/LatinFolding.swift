import Foundation

/// Folds accented Latin letters to ASCII (`Ü` to `u`, `ǎ` to `a`), so that
/// `Ürümqi` reads as `urumqi`; the table is computed once from Foundation's folding.
enum LatinFolding {
    /// The first scalar of Latin-1 Supplement letters; the table runs to the end of Latin Extended-B.
    private static let firstFolded: UInt32 = 0xC0
    private static let lastFolded: UInt32 = 0x24F
    /// Marks a letter in the table that has no single-ASCII-letter folding.
    private static let noFolding: UInt8 = 1
    /// Marks a non-letter in the table (`×`, `÷`).
    private static let notLetter: UInt8 = 0

    /// For each scalar from `firstFolded` to `lastFolded`: its folding, `noFolding` or `notLetter`.
    private static let table: [UInt8] = (firstFolded...lastFolded).map { value in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return notLetter }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard folded.utf8.count == 1, let byte = folded.utf8.first, (0x61...0x7A).contains(byte) else {
            return noFolding
        }
        return byte
    }

    /// The class of a scalar outside ASCII that is neither an ideograph, an apostrophe nor a joiner.
    static func `class`(ofNonASCII value: UInt32) -> ScalarClass {
        if (firstFolded...lastFolded).contains(value) {
            switch table[Int(value - firstFolded)] {
            case notLetter: return .other
            case noFolding: return .foreignLetter
            case let byte: return .wordByte(byte)
            }
        }
        guard let scalar = Unicode.Scalar(value) else { return .other }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .foreignLetter : .other
    }
}
