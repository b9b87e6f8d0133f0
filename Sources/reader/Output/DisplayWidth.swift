/// Column widths of text on a terminal, where CJK characters take two columns.
enum DisplayWidth {
    /// The columns `text` takes.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// `text` cut to at most `columns` columns (with `…` when cut), then padded with spaces to exactly `columns`.
    static func fit(_ text: String, to columns: Int) -> String {
        var result = ""
        var used = 0
        let total = of(text)
        for scalar in text.unicodeScalars {
            let next = width(of: scalar)
            if total > columns && used + next > columns - 1 { result += "…"; used += 1; break }
            if used + next > columns { break }
            result.unicodeScalars.append(scalar)
            used += next
        }
        return result + String(repeating: " ", count: max(0, columns - used))
    }

    private static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x20, 0x7F, 0x300...0x36F, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            2
        default: 1
        }
    }
}
