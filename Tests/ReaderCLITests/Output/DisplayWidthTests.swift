@testable import reader
import Testing

/// The one width table of `reader`'s output, as a terminal draws text.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("IP", 2),
        ("云南省", 6),  // CJK ideographs
        ("특허", 4),  // Hangul
        ("ＡＢ", 4),  // fullwidth forms
        ("，。", 4),  // CJK punctuation
        ("e\u{301}", 1),  // a combining acute accent adds nothing
        ("\u{301}", 0),  // nor does one on its own
        ("a\u{200B}b", 2),  // zero-width space
        ("👍", 2),  // emoji shown as emoji by default
        ("👍🏽", 2),  // with a skin tone modifier
        ("👨‍👩‍👧", 2),  // a family joined by zero-width joiners
        ("🇨🇳", 2),  // a flag: two regional indicators
        ("❤️", 2),  // text-default emoji asked for as emoji (U+FE0F)
        ("❤", 1),  // the same, as text
        ("©", 1),
        ("\t\u{7}", 0),  // control characters
    ])
    func countsColumns(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func fitsWideTextWithAnEllipsis() {
        #expect(DisplayWidth.fit("知识产权", to: 5) == "知识…")
        #expect(DisplayWidth.fit("知识产权", to: 8) == "知识产权")
        #expect(DisplayWidth.fit("IP", to: 4) == "IP  ")
    }

    @Test func neverCutsACharacterFromItsMarksOrAnEmojiApart() {
        #expect(DisplayWidth.fit("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(DisplayWidth.fit("👨‍👩‍👧👨‍👩‍👧", to: 3) == "👨‍👩‍👧…")
    }

    @Test func wrapsEmojiAsWideCharacters() {
        let lines = TextWrapper.wrap("👍👍👍👍", width: 4)
        #expect(lines == ["👍👍", "👍👍"])
    }
}
