import ReaderModels

/// The county-level divisions under one parent (a prefecture-level division, or the
/// province for those it administers directly), as ``Gazetteer/counties`` lists them.
///
/// The table is generated (`Tools/gazetteer/generate.py`) and encoded compactly: entries
/// separated by `|`, each `官方名=短名:Pinyin`, where the short name (an autonomous county
/// without its peoples: `宁洱哈尼族彝族自治县=宁洱县`) is optional and a leading `~` marks a
/// name whose Chinese form is an ordinary phrase (`~城区`, `~范县` as in 示范县): it is
/// matched in English only. The English spellings come from the pinyin and the suffix
/// (``County/spellings``).
struct CountyGroup: Sendable {
    /// The province the counties are in.
    let province: Province
    /// The parent's Chinese name, such as `福州市`.
    let parent: String
    /// The encoded entries.
    let encoded: String

    init(_ province: Province, _ parent: String, _ encoded: String) {
        self.province = province
        self.parent = parent
        self.encoded = encoded
    }

    /// The group's counties, decoded.
    var counties: [County] {
        encoded.split(separator: "|").map { County(decoding: $0) }
    }
}

/// One county-level division of ``CountyGroup``.
struct County: Sendable {
    /// The official Chinese name, such as `晋江市`.
    let name: String
    /// The Chinese spellings the tagger matches: the official name and any short form,
    /// or none for a name that is an ordinary phrase.
    let chineseSpellings: [String]
    /// The pinyin of the name without its suffix, such as `Jinjiang` or `Ning'er`.
    let pinyin: String

    /// The entry `entry` of ``CountyGroup/encoded``.
    init(decoding entry: Substring) {
        let isPhrase = entry.hasPrefix("~")
        let parts = entry.drop { $0 == "~" }.split(separator: ":", maxSplits: 1)
        let names = parts[0].split(separator: "=").map(String.init)
        name = names[0]
        chineseSpellings = isPhrase ? [] : names
        pinyin = parts.count > 1 ? String(parts[1]) : ""
    }

    /// The English suffixes of an official name's ending, most specific first.
    private static let englishSuffixes: [(chinese: String, english: [String])] = [
        ("自治县", ["Autonomous County", "County"]), ("自治旗", ["Autonomous Banner", "Banner"]),
        ("林区", ["Forestry District", "District"]), ("矿区", ["Mining District", "District"]),
        ("新区", ["New Area", "New District"]), ("县", ["County"]), ("区", ["District"]), ("市", ["City"]),
        ("旗", ["Banner"]),
    ]

    /// Every spelling: the Chinese ones and the English ones, `Jinjiang City`, `Hui'an County`
    /// and `Huian County`; a one-syllable county also as `Shexian` and `Shexian County`.
    var spellings: [String] {
        guard !pinyin.isEmpty else { return chineseSpellings }
        let suffixes = Self.englishSuffixes.first { name.hasSuffix($0.chinese) }?.english ?? []
        var bases = [pinyin]
        if pinyin.contains("'") { bases.append(pinyin.replacing("'", with: "")) }
        var english = bases.flatMap { base in suffixes.map { "\(base) \($0)" } }
        if name.count == 2, name.hasSuffix("县") {
            english += ["\(pinyin)xian", "\(pinyin)xian County"]
        }
        return chineseSpellings + english
    }
}
