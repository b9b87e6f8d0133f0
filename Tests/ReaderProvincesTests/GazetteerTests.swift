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

    @Test func theKnownEnglishSpellingsAreShared() {
        let known: Set<String> = [
            "taizhou", "suzhou", "fuzhou", "yichun", "yulin", "baoshan", "chaoyang", "yangpu", "huangpu district",
        ]
        #expect(known.isSubset(of: GazetteerIndex.standard.sharedSpellings.keys))
    }

    @Test(arguments: Gazetteer.divisions.map(\.province))
    func everySpellingAloneTagsItsDivision(_ province: Province) throws {
        let tables = Gazetteer.divisions + Gazetteer.landmarks
        let shared = GazetteerIndex.standard.sharedSpellings
        for division in tables where division.province == province {
            for spelling in division.names + division.places.flatMap(\.spellings) {
                let found = ProvinceTagger.standard.provinces(in: spelling)
                if shared[Spelling(spelling).key] != nil {
                    // A shared spelling alone tags the division the tables wrote it for, or none.
                    #expect(found.isSubset(of: [province]), "\(spelling)")
                } else {
                    #expect(found == [province], "\(spelling)")
                }
            }
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
