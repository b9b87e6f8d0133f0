/// Writes text into XML so that a parser reads back the same text.
enum XMLEscaping {
    /// `text` safe in XML element content and in a double-quoted attribute.
    ///
    /// `&`, `<`, `>` and `"` become entities (by ``HTMLText/escaped(_:)``);
    /// tab, line feed and carriage return become character references, so that
    /// attribute-value normalisation does not turn them into spaces; the
    /// characters XML 1.0 cannot hold at all, even as references (the other
    /// C0 controls, U+FFFE and U+FFFF), are left out.
    static func escaped(_ text: String) -> String {
        let text = HTMLText.escaped(text)
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value >= 0xFFFE }) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: output.append(contentsOf: "&#\(scalar.value);".unicodeScalars)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: continue
            default: output.append(scalar)
            }
        }
        return String(output)
    }
}
