@testable import ReaderProvinces
import ReaderModels
import Testing

@Suite struct GazetteerTests {
    /// Prefecture-level divisions (cities, prefectures, autonomous prefectures, leagues) per province.
    static let prefectureCounts: [Province: Int] = [
        .hebei: 11, .shanxi: 11, .innerMongolia: 12, .liaoning: 14, .jilin: 9, .heilongjiang: 13,
        .jiangsu: 13, .zhejiang: 11, .anhui: 16, .fujian: 9, .jiangxi: 11, .shandong: 16,
        .henan: 17, .hubei: 13, .hunan: 14, .guangdong: 21, .guangxi: 14, .hainan: 4,
        .sichuan: 21, .guizhou: 9, .yunnan: 16, .tibet: 7,
        .shaanxi: 10, .gansu: 14, .qinghai: 8, .ningxia: 5, .xinjiang: 14,
    ]

    @Test func hasOneDivisionPerProvince() {
        #expect(Gazetteer.divisions.map(\.province).sorted() == Province.allCases.sorted())
    }

    @Test func listsEveryPrefectureLevelDivision() {
        for division in Gazetteer.divisions {
            let count = division.places.filter { $0.level == .prefecture }.count
            #expect(count == Self.prefectureCounts[division.province, default: 0], "\(division.province)")
        }
        #expect(Self.prefectureCounts.values.reduce(0, +) == 333)
    }

    @Test func everySpellingIsOnePhraseInOneScript() {
        #expect(GazetteerIndex.standard.unusableSpellings.isEmpty)
    }

    @Test func onlyTheKnownSpellingsAreAmbiguous() {
        let expected: Set<String> = [
            "taizhou", "suzhou", "fuzhou", "yichun", "yulin", "baoshan", "chaoyang", "yangpu", "huangpu district",
        ]
        #expect(GazetteerIndex.standard.ambiguousSpellings == expected)
    }

    @Test(arguments: Gazetteer.divisions.map(\.province))
    func everySpellingAloneTagsItsDivision(_ province: Province) throws {
        let division = try #require(Gazetteer.divisions.first { $0.province == province })
        let ambiguous = GazetteerIndex.standard.ambiguousSpellings
        for spelling in division.names + division.places.flatMap(\.spellings) {
            let expected: Set<Province> = ambiguous.contains(Spelling(spelling).key) ? [] : [province]
            #expect(ProvinceTagger.standard.provinces(in: spelling) == expected, "\(spelling)")
        }
    }

    @Test func regionsTagEveryDivisionTheyCover() {
        for region in Gazetteer.regions {
            for spelling in region.spellings {
                #expect(ProvinceTagger.standard.provinces(in: spelling) == Set(region.provinces), "\(spelling)")
            }
        }
    }

    @Test func nonPlacesTagNothing() {
        for spelling in Gazetteer.nonPlaces {
            #expect(ProvinceTagger.standard.provinces(in: spelling).isEmpty, "\(spelling)")
        }
    }
}
