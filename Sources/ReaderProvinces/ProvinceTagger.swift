public import ReaderModels

/// Finds the provinces a text is about, from the names of the provinces and of
/// the places inside them.
///
/// The tagger reads the text once, in time linear in its length. Latin-script words
/// match as whole words, ignoring case, accents and possessives (`Yunnan's`,
/// `Yunnan-based`, `Ürümqi`), in phrases that spaces and hyphens may join but other
/// punctuation breaks (`Inner Mongolia`, `Suzhou Industrial Park`). Chinese matches by
/// longest match from left to right, so `海南藏族自治州` (in Qinghai) does not tag Hainan
/// and `浙江西部` does not tag Jiangxi. The names come from a built-in gazetteer: every
/// division's spellings, all 333 prefecture-level divisions and well-known districts,
/// new areas and zones.
///
/// For example:
///
/// ```swift
/// let tagger = ProvinceTagger.standard
/// tagger.provinces(in: "Kunming hosts IP Publicity Week")            // [.yunnan]
/// tagger.provinces(in: "沈阳、大连两市")                                // [.liaoning]
/// tagger.provinces(in: "Intellectual Property and Healthy China")  // []
/// ```
///
/// Policies for names that could mislead:
/// - An English spelling of places in two divisions tags neither: `Taizhou` (泰州 Jiangsu,
///   台州 Zhejiang), `Suzhou`, `Fuzhou`, `Yichun`, `Yulin`, `Baoshan`, `Chaoyang`, `Yangpu`,
///   `Huangpu District`. Their Chinese spellings differ and tag, and so do the longer forms
///   the gazetteer lists: `Suzhou Industrial Park`, `Baoshan City` (Yunnan), `Baoshan District`
///   (Shanghai), `Chaoyang District` (Beijing), `Chaoyang City` (Liaoning).
/// - Where an obscure district or county shares a prefecture-level city's name, the name is
///   the city's (`Fuyang` is Anhui's, not Hangzhou's district).
/// - `Mongolia`, `China`, `Chinese`, `Tibetan`, one-character abbreviations (`滇`, `粤`) and bare
///   pinyin syllables that are also personal names (`Jian`, `Luan`; write `Ji'an`, `Lu'an`) tag
///   nothing. `Xian` does tag Shaanxi, except in `Xian Feng` (先锋, "pioneer").
/// - Names that contain a place name but mean something else tag nothing and hide the place
///   name inside them: streets and parks (`中山路`, `Nanjing Road`), rivers, lakes and seas that
///   run into a province name (`长江西岸`, `南海北部`), idioms and words (`长治久安`, `大理石`,
///   `阿里巴巴`), words ending in 台 before a Taiwanese city (`出台北京市…` tags Beijing only),
///   `Beijing time`, `Jinan University` (in Guangzhou). 中山 alone is the Guangdong city;
///   中山大学 is in Guangdong too, so it tags Guangdong.
/// - Chinese names that are also common words count only with their suffix: `来宾市`, `白银市`,
///   `安康市`, `阿里地区`, `朝阳市`, `山南市`, `海东市`, `海北州`, `海西州`, `黄南州`, `台中市`,
///   `新北市`, `桃园市`; `大兴` only as `大兴区` or its airport.
/// - Names of several divisions at once tag each one: `京津冀`, `粤港澳`, `Greater Bay Area`,
///   `江浙沪`, `川渝`, `港澳`, `港澳台`.
public struct ProvinceTagger: Sendable {
    /// The tagger over the built-in gazetteer, whose index is built once, on first use.
    public static let standard = ProvinceTagger(index: .standard)

    private let index: GazetteerIndex

    private init(index: GazetteerIndex) {
        self.index = index
    }

    /// Every province that `text` names, directly or through a place inside it.
    public func provinces(in text: String) -> Set<Province> {
        var streams = SymbolStreams(vocabulary: index.vocabulary, byteCount: text.utf8.count)
        TextScanner.scan(text, into: &streams)
        var tally = TagTally()
        PhraseScan.words(streams.words, in: index, into: &tally)
        if !streams.ideographs.isEmpty { PhraseScan.ideographs(streams.ideographs, in: index, into: &tally) }
        return tally.provinces.provinces
    }
}
