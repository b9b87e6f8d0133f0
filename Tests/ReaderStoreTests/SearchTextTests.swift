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

    @Test func queriesBecomePhrasesOfTheSameBigrams() throws {
        #expect(try SearchQuery("知识产权 patent").matchExpression == "\"知识 识产 产权\" AND \"patent\"")
        let single = try SearchQuery("专")
        #expect(single.matchExpression == nil && single.substringsRequired == ["专"])
        #expect(try SearchQuery("\"知识产权 保护\" pat*").matchExpression == "\"知识 识产 产权 保护\" AND \"pat\"*")
        #expect(try SearchQuery("专利 OR 商标 -版权").matchExpression == "(\"专利\") OR ((\"商标\") NOT (\"版权\"))")
    }
}
