/// Undoes the fullwidth stand-ins FreshRSS writes for ASCII punctuation in
/// titles: `＆ ＜ ＞` in item titles, and also `？ ＼ ／ ， ；` in feed titles.
///
/// `＆ ＜ ＞ ＼ ／` are always undone. `， ； ？` are also ordinary Chinese
/// and Japanese punctuation, so they are undone only where the text around
/// them is not CJK: when neither the nearest non-space character before nor
/// the one after is a CJK character.
///
/// For example:
/// ```swift
/// FullwidthEscapes.undone("Patents， Trademarks ＆ More？")  // "Patents, Trademarks & More?"
/// FullwidthEscapes.undone("云南，专利＆商标")               // "云南，专利&商标"
/// ```
enum FullwidthEscapes {
    /// `text` with the stand-ins turned back into ASCII, as described above;
    /// every other character, fullwidth or not, is kept.
    static func undone(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { always[$0] != nil || outsideCJK[$0] != nil }) else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if let ascii = always[scalar] {
                result.append(ascii)
            } else if let ascii = outsideCJK[scalar], !isNextToCJK(index, in: scalars) {
                result.append(ascii)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Stand-ins that are undone wherever they stand.
    private static let always: [Unicode.Scalar: Unicode.Scalar] = [
        "＆": "&", "＜": "<", "＞": ">", "＼": "\\", "／": "/",
    ]

    /// Stand-ins that are also CJK punctuation, undone only outside CJK text.
    private static let outsideCJK: [Unicode.Scalar: Unicode.Scalar] = ["，": ",", "；": ";", "？": "?"]

    /// Whether the nearest non-space scalar before or after `index` is CJK.
    private static func isNextToCJK(_ index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let before = scalars[..<index].last { !$0.properties.isWhitespace }
        let after = scalars[(index + 1)...].first { !$0.properties.isWhitespace }
        return [before, after].contains { $0.map(isCJK) ?? false }
    }

    /// Han ideographs, kana, Hangul, CJK punctuation and fullwidth forms
    /// (stand-ins excluded, so `a，，b` reads as ASCII text).
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        if always[scalar] != nil || outsideCJK[scalar] != nil { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
