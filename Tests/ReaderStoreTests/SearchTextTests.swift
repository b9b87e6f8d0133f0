@testable import ReaderStore
import Testing

@Suite struct SearchTextTests {
    @Test(arguments: [
        ("Patent news from Kunming", "Patent news from Kunming"),
        ("知识产权", " 知识 识产 产权 "),
        ("专利 patent 商", " 专利  patent  商 "),
        ("A云南B", "A 云南 B"),
        ("é中", "é 中 "),
        ("\u{20000}\u{20001}", " \u{20000}\u{20001} "),
        ("ｈｉ — ok", "ｈｉ — ok"),
        ("", ""),
    ])
    func cjkRunsBecomeOverlappingBigrams(text: String, expected: String) {
        #expect(SearchText.indexable(text) == expected)
    }

    @Test func queriesBecomePhrasesOfTheSameBigrams() {
        #expect(SearchText.matchExpression(for: "知识产权 patent") == "\"知识 识产 产权\" AND \"patent\"")
        #expect(SearchText.matchExpression(for: "专") == nil)
        #expect(SearchText.needsSubstringScan("专"))
    }
}
