/// Word-wraps one line of text for a terminal, aware of CJK.
///
/// Columns are counted as a terminal shows them: East Asian wide and fullwidth
/// characters take two. Lines break at spaces, and also between any two wide
/// characters (CJK text has no spaces), except that closing punctuation such
/// as `，` `。` `」` never starts a line and opening punctuation such as `「`
/// never ends one. A word wider than the line is left whole, overflowing.
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

    /// The columns `text` takes in a terminal.
    static func displayWidth(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
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
            let width = columns(of: character)
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

    /// 2 for East Asian wide and fullwidth characters, else 1.
    private static func columns(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            2
        default:
            1
        }
    }
}
