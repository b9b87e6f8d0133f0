import ReaderModels
import ReaderProvinces
import Testing

@Suite struct ProvinceNameTests {
    /// A name a user might type and the province it must find, if any.
    struct Lookup: Sendable, CustomTestStringConvertible {
        let name: String
        let expected: Province?
        init(_ name: String, _ expected: Province?) {
            self.name = name
            self.expected = expected
        }
        var testDescription: String { "\"\(name)\" -> \(expected?.name ?? "nil")" }
    }

    static let lookups: [Lookup] = [
        Lookup("yunnan", .yunnan), Lookup("Yunnan Province", .yunnan), Lookup("云南", .yunnan),
        Lookup("云南省", .yunnan), Lookup("  Yunnan \n", .yunnan), Lookup("YUNNAN", .yunnan),
        Lookup(" 云南省 ", .yunnan),
        Lookup("Xizang", .tibet), Lookup("Tibet Autonomous Region", .tibet), Lookup("西藏自治区", .tibet),
        Lookup("Macau", .macao), Lookup("Macao SAR", .macao), Lookup("澳門", .macao),
        Lookup("inner mongolia autonomous region", .innerMongolia), Lookup("Nei Mongol", .innerMongolia),
        Lookup("Inner-Mongolia", .innerMongolia), Lookup("内蒙古自治区", .innerMongolia),
        Lookup("HK", .hongKong), Lookup("Hongkong", .hongKong), Lookup("Hong Kong SAR", .hongKong),
        Lookup("Hong Kong Special Administrative Region", .hongKong), Lookup("香港特别行政区", .hongKong),
        Lookup("臺灣", .taiwan), Lookup("台湾", .taiwan), Lookup("Taiwan Province", .taiwan),
        Lookup("北京市", .beijing), Lookup("Beijing Municipality", .beijing), Lookup("Peking", .beijing),
        Lookup("Tianjin City", .tianjin), Lookup("天津市", .tianjin),
        Lookup("Hebei Province", .hebei), Lookup("河北省", .hebei),
        Lookup("Shanxi", .shanxi), Lookup("山西省", .shanxi),
        Lookup("Shaanxi", .shaanxi), Lookup("陕西省", .shaanxi),
        Lookup("Liaoning Province", .liaoning), Lookup("遼寧", .liaoning),
        Lookup("jilin", .jilin), Lookup("吉林省", .jilin),
        Lookup("Heilongjiang", .heilongjiang), Lookup("黑龙江省", .heilongjiang),
        Lookup("Shanghai Municipality", .shanghai), Lookup("上海市", .shanghai),
        Lookup("Jiangsu", .jiangsu), Lookup("江蘇省", .jiangsu),
        Lookup("Zhejiang Province", .zhejiang), Lookup("浙江", .zhejiang),
        Lookup("Anhui", .anhui), Lookup("安徽省", .anhui),
        Lookup("Fujian Province", .fujian), Lookup("福建", .fujian),
        Lookup("Jiangxi", .jiangxi), Lookup("江西省", .jiangxi),
        Lookup("Shandong Province", .shandong), Lookup("山东", .shandong),
        Lookup("Henan", .henan), Lookup("河南省", .henan),
        Lookup("Hubei Province", .hubei), Lookup("湖北", .hubei),
        Lookup("Hunan", .hunan), Lookup("湖南省", .hunan),
        Lookup("Guangdong Province", .guangdong), Lookup("廣東", .guangdong),
        Lookup("Guangxi Zhuang Autonomous Region", .guangxi), Lookup("广西壮族自治区", .guangxi),
        Lookup("Hainan Province", .hainan), Lookup("海南", .hainan),
        Lookup("Chongqing Municipality", .chongqing), Lookup("重慶", .chongqing),
        Lookup("Sichuan", .sichuan), Lookup("四川省", .sichuan),
        Lookup("Guizhou Province", .guizhou), Lookup("贵州", .guizhou),
        Lookup("Gansu", .gansu), Lookup("甘肃省", .gansu),
        Lookup("Qinghai Province", .qinghai), Lookup("青海", .qinghai),
        Lookup("Ningxia Hui Autonomous Region", .ningxia), Lookup("宁夏回族自治区", .ningxia),
        Lookup("Xinjiang Uygur Autonomous Region", .xinjiang), Lookup("Xinjiang Uyghur Autonomous Region", .xinjiang),
        Lookup("新疆维吾尔自治区", .xinjiang),
        // Places inside a division, neighbours, and non-names find nothing.
        Lookup("Kunming", nil), Lookup("昆明", nil), Lookup("Mongolia", nil), Lookup("China", nil),
        Lookup("Hainan Prefecture", nil), Lookup("Atlantis", nil), Lookup("", nil), Lookup("   ", nil),
        Lookup("云", nil), Lookup("Yunnan Kunming", nil),
        // Traditional characters read as simplified ones; one-character abbreviations are no names.
        Lookup("廣東", .guangdong), Lookup("廣東省", .guangdong), Lookup("黑龍江省", .heilongjiang),
        Lookup("廣西壯族自治區", .guangxi), Lookup("雲南", .yunnan), Lookup("蘇", nil),
        Lookup("粵", nil), Lookup("粤", nil), Lookup("滇", nil), Lookup("沪", nil),
    ]

    @Test(arguments: lookups)
    func findsProvinceByName(_ lookup: Lookup) {
        #expect(ProvinceName.province(named: lookup.name) == lookup.expected)
    }

    @Test(arguments: Province.allCases)
    func findsEveryProvinceByItsOwnNames(_ province: Province) {
        #expect(ProvinceName.province(named: province.name) == province)
        #expect(ProvinceName.province(named: province.name.uppercased()) == province)
        #expect(ProvinceName.province(named: province.chineseName) == province)
        #expect(ProvinceName.province(named: province.rawValue.lowercased()) == province)
    }

    @Test func suggestsTheNearestProvincesFirst() {
        #expect(ProvinceName.suggestions(for: "Yunan") == [.yunnan, .hunan])
        #expect(ProvinceName.suggestions(for: "Shangai").first == .shanghai)
        #expect(ProvinceName.suggestions(for: "Guandong").first == .guangdong)
        #expect(ProvinceName.suggestions(for: "Sichaun").first == .sichuan)
        #expect(ProvinceName.suggestions(for: "tibbet").first == .tibet)
        #expect(ProvinceName.suggestions(for: "Inner Mongolai").first == .innerMongolia)
        #expect(ProvinceName.suggestions(for: "云男").first == .yunnan)
    }

    @Test func suggestsTheExactProvinceFirstAndItsNeighbours() {
        #expect(ProvinceName.suggestions(for: "Shanxi") == [.shanxi, .shaanxi])
        #expect(ProvinceName.suggestions(for: "Shaanxi") == [.shaanxi, .shanxi])
    }

    @Test func suggestsTheDivisionOfAnAbbreviation() {
        #expect(ProvinceName.suggestions(for: "粵") == [.guangdong])
        #expect(ProvinceName.suggestions(for: "粤") == [.guangdong])
        #expect(ProvinceName.suggestions(for: " 滇 ") == [.yunnan])
        #expect(ProvinceName.suggestions(for: "蜀") == [.sichuan])
        #expect(ProvinceName.suggestions(for: "中").isEmpty)
    }

    @Test func suggestsNothingForNamesNearNoProvince() {
        #expect(ProvinceName.suggestions(for: "Atlantis").isEmpty)
        #expect(ProvinceName.suggestions(for: "Kunming").isEmpty)
        #expect(ProvinceName.suggestions(for: "").isEmpty)
        #expect(ProvinceName.suggestions(for: "  ").isEmpty)
    }

    @Test func respectsTheLimit() {
        #expect(ProvinceName.suggestions(for: "Hunan", limit: 1) == [.hunan])
        #expect(ProvinceName.suggestions(for: "Hunan", limit: 0).isEmpty)
        #expect(ProvinceName.suggestions(for: "Hxnan").count <= 3)
    }
}
