public import ReaderModels

/// Finds the provinces a text is about, from the names of the provinces and of
/// the places inside them.
///
/// The tagger reads the text once, in time linear in its length. Latin-script words
/// match as whole words, ignoring case, accents and possessives (`Yunnan's`,
/// `Yunnan-based`, `Ürümqi`), in phrases that spaces and hyphens may join but other
/// punctuation breaks (`Inner Mongolia`, `Suzhou Industrial Park`); straight and
/// typographic apostrophes are the same (`Xi'an`, `Xi’an`). Chinese matches by longest
/// match from left to right, after folding traditional characters to simplified ones
/// (`哈爾濱` is `哈尔滨`), so `海南藏族自治州` (in Qinghai) does not tag Hainan and `浙江西部`
/// does not tag Jiangxi. The names come from a built-in gazetteer: every division's
/// spellings, all 333 prefecture-level divisions, all 2,843 county-level divisions (generated
/// from the national division codes), and well-known towns, zones, geographical indications
/// and event venues.
///
/// For example:
///
/// ```swift
/// let tagger = ProvinceTagger.standard
/// tagger.provinces(in: "Kunming hosts IP Publicity Week")            // [.yunnan]
/// tagger.provinces(in: "沈阳、大连两市")                                // [.liaoning]
/// tagger.provinces(in: "沪苏浙皖四地签署协议")                          // [.shanghai, .jiangsu, .zhejiang, .anhui]
/// tagger.provinces(in: "Chaoyang District, Changchun")              // [.jilin]
/// tagger.provinces(in: "Intellectual Property and Healthy China")  // []
/// ```
///
/// Policies for names that could mislead:
/// - A name of places in two divisions is shared: it tags the candidate the text names
///   elsewhere (a province beside it, a city of the same province, its parent city), else the
///   division the hand-written tables give it (`Chaoyang District` alone is Beijing's), else
///   none (`Taizhou`, `Suzhou`, `Fuzhou`, `Yichun`, `Yulin`, `鼓楼区`). Chinese characters
///   often decide (泰州 Jiangsu, 台州 Zhejiang).
/// - Where an obscure district or county shares a prefecture-level city's name, the name is
///   the city's (`Fuyang` is Anhui's, not Hangzhou's district). County names count in Chinese
///   with their suffix (`晋江市`, `惠安县`), bare only for well-known places (`晋江`, `惠安`); a
///   suffix that begins the next word does not (`海南区域` is Hainan, not Wuhai's 海南区), nor do
///   names that are ordinary phrases (`城区`, `范县` in 示范县), which count only in English.
/// - One-character abbreviations (`滇`, `粤`) alone tag nothing; two or more written together
///   tag each (`湘赣边`, `晋陕豫`, `川渝`), if one is distinctive (`沪`, `皖`) or the compound is
///   listed (`港澳`, `云贵川`): `新港`, `青云` and `中新` (China–Singapore) tag nothing.
/// - `Mongolia`, `China`, `Chinese`, ethnic words (`Tibetan`, `藏族`, `藏药`) and bare pinyin
///   syllables that are also personal names (`Jian`, `Luan`; write `Ji'an`, `Lu'an`) tag nothing.
///   `Xian` does tag Shaanxi, except in `Xian Feng` (先锋, "pioneer").
/// - A surname before a place name makes a person's name (`Wang Hainan`; in Chinese with a
///   verb of saying or a title after it: `王海南表示`), and well-known companies and brands
///   named after a place (`Hainan Airlines`, `青岛啤酒`, `京东`) tag nothing.
/// - Names that contain a place name but mean something else tag nothing and hide the place
///   name inside them: streets and parks (`中山路`, `Nanjing Road`), rivers, lakes, seas and
///   mountains that run into a province name (`长江西岸`, `南海北部`, `贺兰山下`), idioms and words
///   (`长治久安`, `大理石`, `阿里巴巴`), words ending in 台 before a Taiwanese city (`出台北京市…`
///   tags Beijing only), `Beijing time`, `Jinan University` (in Guangzhou). 中山 alone is the
///   Guangdong city; 中山大学 is in Guangdong too, so it tags Guangdong.
/// - Chinese names that are also common words count only with their suffix: `来宾市`, `白银市`,
///   `安康市`, `阿里地区`, `朝阳市`, `山南市`, `海东市`, `海北州`, `海西州`, `黄南州`, `台中市`,
///   `新北市`, `桃园市`; `大兴` only as `大兴区` or its airport.
/// - Names of several divisions at once tag each one: `京津冀`, `粤港澳`, `Greater Bay Area`,
///   `江浙沪`, `成渝`, `东北三省`, `港澳台`; regions alone tag nothing (`长三角`, `Yangtze River Delta`).
public struct ProvinceTagger: Sendable {
    /// The tagger over the built-in gazetteer. Its index is built once, at
    /// the first tagging, not when the tagger is made: a library opens
    /// without it, so a sync that stores nothing (a 304) never builds it
    /// (about 80 ms of CPU, half of such a sync's).
    public static let standard = ProvinceTagger()

    private init() {}

    /// Every province that `text` names, directly or through a place inside it.
    public func provinces(in text: String) -> Set<Province> {
        let index = GazetteerIndex.standard
        var streams = SymbolStreams(vocabulary: index.vocabulary, byteCount: text.utf8.count)
        TextScanner.scan(text, into: &streams)
        var tally = TagTally()
        PhraseScan.words(streams.words, in: index, into: &tally)
        if !streams.ideographs.isEmpty { PhraseScan.ideographs(streams.ideographs, in: index, into: &tally) }
        return tally.provinces.provinces
    }
}
