/// Word-wraps one line of text for a terminal, aware of CJK.
///
/// Columns are counted as a terminal shows them (``DisplayWidth``): East Asian
/// wide and fullwidth characters and emoji take two. Lines break at spaces,
/// and also between any two wide characters (CJK text has no spaces), except
/// that closing punctuation such as `，` `。` `」` never starts a line and
/// opening punctuation such as `「` never ends one. A word wider than the line is left whole, overflowing.
enum TextWrapper {
    /// `line` broken into lines of at most `width` columns.
    static func wrap(_ line: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for unit in units(of: line) {
            let spacing = unit.spaceBefore && !current.isEmpty ? 1 : 0
            if !current.isEmpty, currentWidth + spacing + unit.width > width {
                lines.append(current)
                current = unit.text
                currentWidth = unit.width
            } else {
                if spacing == 1 { current.append(" ") }
                current += unit.text
                currentWidth += spacing + unit.width
            }
        }
        lines.append(current)
        return lines
    }

    /// A piece of a line that is never broken inside.
    private struct Unit {
        var text: String
        var width: Int
        /// Whether the source had a space before it (kept unless the line breaks there).
        var spaceBefore: Bool
    }

    /// Splits `line` into unbreakable units: runs of narrow characters between
    /// spaces, single wide characters, and punctuation glued to its neighbour.
    private static func units(of line: String) -> [Unit] {
        var units: [Unit] = []
        var sawSpace = false
        var glueNext = false
        var lastWasWide = false
        for character in line {
            if character == " " {
                sawSpace = true
                glueNext = false
                continue
            }
            let width = DisplayWidth.columns(of: character)
            let isWide = width == 2
            let joinsPrevious =
                !units.isEmpty && !sawSpace
                && (glueNext || closingPunctuation.contains(character) || (!isWide && !lastWasWide))
            if joinsPrevious {
                units[units.count - 1].text.append(character)
                units[units.count - 1].width += width
            } else {
                units.append(Unit(text: String(character), width: width, spaceBefore: sawSpace))
            }
            glueNext = openingPunctuation.contains(character)
            lastWasWide = isWide
            sawSpace = false
        }
        return units
    }

    /// Punctuation that must not start a line.
    private static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "〉", "】", "〕", "…", "·",
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’", "%",
    ]

    /// Punctuation that must not end a line.
    private static let openingPunctuation: Set<Character> = [
        "（", "「", "『", "《", "〈", "【", "〔", "“", "‘", "(", "[",
    ]
}
