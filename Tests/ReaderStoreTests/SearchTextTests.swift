@testable import ReaderStore
import ReaderTestSupport
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

    /// The byte-level writer against the rule read scalar by scalar, on
    /// random text around every edge of the CJK ranges, in every UTF-8 length.
    @Test func bigramTextIsTheRuleAppliedCharacterByCharacter() {
        let edges: [UInt32] = [
            0x20, 0x41, 0x2D, 0xE9, 0x7FF, 0x800, 0x2014, 0x303F, 0x3040, 0x30FF, 0x3100, 0x33FF, 0x3400,
            0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xA000, 0xABFF, 0xAC00, 0xD7AF, 0xD7B0, 0xF8FF, 0xF900, 0xFAFF,
            0xFB00, 0xFF48, 0xFFFD, 0x10000, 0x1F600, 0x1FFFF, 0x20000, 0x2A6DF, 0x2FA1F, 0x2FA20, 0x10FFFF,
        ]
        var random = SeededRandom(seed: 14)
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                scalars.append(Unicode.Scalar(edges.randomElement(using: &random)!)!)
            }
            let text = String(scalars)
            #expect(SearchText.indexable(text) == Self.bigramsByTheRule(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// The rule of ``SearchText/indexable(_:)``, one scalar at a time.
    private static func bigramsByTheRule(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func endRun() {
            guard !run.isEmpty else { return }
            output.append(" ")
            if run.count == 1 { output.append(run[0]) }
            for index in run.indices.dropLast() {
                if index > 0 { output.append(" ") }
                output.append(run[index])
                output.append(run[index + 1])
            }
            output.append(" ")
            run = []
        }
        for scalar in text.unicodeScalars {
            if SearchText.isCJK(scalar) {
                run.append(scalar)
            } else {
                endRun()
                output.append(scalar)
            }
        }
        endRun()
        return String(output)
    }

    @Test func queriesBecomePhrasesOfTheSameBigrams() throws {
        #expect(try SearchQuery("知识产权 patent").matchExpression == "\"知识 识产 产权\" AND \"patent\"")
        let single = try SearchQuery("专")
        #expect(single.matchExpression == nil && single.substringsRequired == ["专"])
        #expect(try SearchQuery("\"知识产权 保护\" pat*").matchExpression == "\"知识 识产 产权 保护\" AND \"pat\"*")
        #expect(try SearchQuery("专利 OR 商标 -版权").matchExpression == "(\"专利\") OR ((\"商标\") NOT (\"版权\"))")
    }
}
