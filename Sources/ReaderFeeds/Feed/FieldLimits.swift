/// Size limits that keep a hostile or broken feed from blowing memory or the UI.
///
/// - Any single text field (a title, a body, a date string...) keeps at most
///   ``maxFieldBytes`` bytes of UTF-8; the rest is dropped, cut at a Unicode
///   scalar boundary.
/// - An item keeps at most ``maxCategories`` categories.
/// - Summaries are cut to about ``summaryLength`` characters, derived titles to
///   about ``derivedTitleLength``, both ending in "…".
enum FieldLimits {
    /// The most UTF-8 bytes any single field keeps: 1 MiB.
    static let maxFieldBytes = 1 << 20
    /// The most categories or tags an item keeps.
    static let maxCategories = 256
    /// The length, in characters, a plain-text summary is cut to.
    static let summaryLength = 300
    /// The length, in characters, a title derived from the body is cut to.
    static let derivedTitleLength = 80

    /// `text` cut to at most `maxBytes` UTF-8 bytes, at a scalar boundary.
    static func clamped(_ text: String, maxBytes: Int = maxFieldBytes) -> String {
        guard text.utf8.count > maxBytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: maxBytes)
        // Back off to the first byte of a scalar: continuation bytes are 0b10xxxxxx.
        while end > text.utf8.startIndex, text.utf8[end] & 0b1100_0000 == 0b1000_0000 {
            text.utf8.formIndex(before: &end)
        }
        return String(decoding: text.utf8[..<end], as: UTF8.self)
    }
}
