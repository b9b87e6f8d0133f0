import ReaderModels

/// The one-character abbreviation of a division, such as `沪` for Shanghai.
///
/// An abbreviation alone names nothing; two or more written together name each of their
/// divisions (`沪苏浙皖`, `湘赣边`), provided one is ``isDistinctive`` or the gazetteer lists
/// the compound (``Gazetteer/regions``: `港澳`, `云贵川`).
struct Abbreviation: Sendable {
    /// The character.
    let character: Character
    /// The division it abbreviates.
    let province: Province
    /// Whether the character is rarely anything but the abbreviation in running text.
    let isDistinctive: Bool

    init(_ character: Character, _ province: Province, isDistinctive: Bool) {
        self.character = character
        self.province = province
        self.isDistinctive = isDistinctive
    }
}
