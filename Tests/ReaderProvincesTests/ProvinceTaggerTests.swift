import ReaderModels
import ReaderProvinces
import ReaderTestSupport
import Testing

@Suite struct ProvinceTaggerTests {
    let tagger = ProvinceTagger.standard

    @Test func yunnanSeedTagsOnlyYunnan() throws {
        let article = try Fixtures.text("seeds/yunnan-ip-publicity-week-2020.txt")
        // Mentions Kunming, Qujing, Pu'er, Baoshan City, Dehong, "Healthy China", "Yun Ling Xian Feng".
        #expect(tagger.provinces(in: article) == [.yunnan])
    }

    @Test func liaoningSeedTagsOnlyLiaoning() throws {
        let article = try Fixtures.text("seeds/liaoning-ip-publicity-week-2020.txt")
        // Mentions Shenyang, Dalian, "Healthy China", "China (Shenyang) ... Center".
        #expect(tagger.provinces(in: article) == [.liaoning])
    }

    @Test(arguments: TaggingCase.all)
    func tagsExactly(_ example: TaggingCase) {
        #expect(tagger.provinces(in: example.text) == example.expected)
    }

    @Test func casesCoverEveryProvince() {
        let covered = TaggingCase.all.reduce(into: Set<Province>()) { $0.formUnion($1.expected) }
        #expect(covered == Set(Province.allCases))
        #expect(TaggingCase.all.count >= 150)
        #expect(TaggingCase.harder.count >= 300)
    }

    @Test(arguments: Province.allCases)
    func canonicalNamesTagTheirProvince(_ province: Province) {
        #expect(tagger.provinces(in: "News from \(province.name) today") == [province])
        #expect(tagger.provinces(in: "今日\(province.chineseName)新闻") == [province])
    }

    @Test func readsOtherScriptsAndSymbolsAsSeparators() {
        #expect(tagger.provinces(in: "🇨🇳Yunnan😀 𠀀 مرحبا Привет") == [.yunnan])
        #expect(tagger.provinces(in: "昆明😀拉萨") == [.yunnan, .tibet])
    }

    @Test func foldsDecomposedAccentsButNotLookalikeLetters() {
        #expect(tagger.provinces(in: "U\u{308}ru\u{308}mqi") == [.xinjiang])
        // The second "а" is Cyrillic.
        #expect(tagger.provinces(in: "Yunn\u{430}n").isEmpty)
    }

    @Test func ignoresOverlongWords() {
        #expect(tagger.provinces(in: String(repeating: "a", count: 100) + " Yunnan") == [.yunnan])
        #expect(tagger.provinces(in: "Yunnan" + String(repeating: "x", count: 70)).isEmpty)
    }

    @Test func findsNamesAtBothEndsOfALongText() {
        let filler = String(repeating: "Patent examiners met enterprises. ", count: 200)
        #expect(tagger.provinces(in: "Kunming " + filler + " Lhasa") == [.yunnan, .tibet])
    }
}
