/// Column widths of text on a terminal: the one width table of `reader`'s output.
///
/// Text is measured by grapheme cluster (`Character`), as a terminal draws it:
/// East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms) and
/// emoji take two columns; combining marks, format characters (zero-width
/// space, joiners) and control characters take none; the rest take one. A
/// character's combining marks and an emoji's joined parts add nothing to it.
///
/// For example:
///
/// ```swift
/// DisplayWidth.of("云南 IP")          // 7
/// DisplayWidth.of("e\u{301}")        // 1
/// DisplayWidth.of("👍🏽")              // 2
/// DisplayWidth.fit("知识产权", to: 5)  // "知识…"
/// ```
enum DisplayWidth {
    /// The columns `text` takes.
    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// `text` cut to at most `columns` columns (with `…` when cut), then padded with spaces to exactly `columns`.
    /// A character is never cut apart from its combining marks.
    static func fit(_ text: String, to columns: Int) -> String {
        var result = ""
        var used = 0
        let total = of(text)
        for character in text {
            let next = self.columns(of: character)
            if total > columns && used + next > columns - 1 { result += "…"; used += 1; break }
            if used + next > columns { break }
            result.append(character)
            used += next
        }
        return result + String(repeating: " ", count: max(0, columns - used))
    }

    /// The columns one character takes: 0, 1 or 2.
    static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if isEmoji(first, presentedBy: scalars) { return 2 }
        return columns(of: first)
    }

    /// Whether `first` starts a character drawn as an emoji: one shown as an
    /// emoji by default, or any emoji followed by the emoji variation selector.
    private static func isEmoji(_ first: Unicode.Scalar, presentedBy scalars: Character.UnicodeScalarView) -> Bool {
        let emojiVariation: Unicode.Scalar = "\u{FE0F}"
        return first.properties.isEmojiPresentation
            || (first.properties.isEmoji && scalars.contains(emojiVariation))
    }

    /// The columns of a scalar drawn on its own.
    private static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        return switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            2
        default:
            1
        }
    }
}
