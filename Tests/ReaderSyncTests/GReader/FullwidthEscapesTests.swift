@testable import ReaderSync
import Testing

@Suite struct FullwidthEscapesTests {
    @Test func everyStandInIsUndoneInASCIIText() {
        #expect(FullwidthEscapes.undone("Patents， Trademarks； Designs＆Models ＜2025＞ What？ a＼b／c")
            == "Patents, Trademarks; Designs&Models <2025> What? a\\b/c")
    }

    @Test func chinesePunctuationStaysInChineseText() {
        #expect(FullwidthEscapes.undone("云南，专利；商标？") == "云南，专利；商标？")
        #expect(FullwidthEscapes.undone("知识产权 ， 保护") == "知识产权 ， 保护")
        #expect(FullwidthEscapes.undone("Yunnan，专利") == "Yunnan，专利")
    }

    @Test func markupStandInsAreUndoneInChineseTextToo() {
        #expect(FullwidthEscapes.undone("云南＆贵州 ＜专利＞ 网／站") == "云南&贵州 <专利> 网/站")
    }

    @Test func otherFullwidthCharactersStay() {
        #expect(FullwidthEscapes.undone("ＡＢＣ（注）！") == "ＡＢＣ（注）！")
    }
}
