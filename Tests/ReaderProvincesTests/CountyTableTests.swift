@testable import ReaderProvinces
import ReaderModels
import Testing

/// The generated county-level table: what it claims to cover, each county's one division,
/// and the names two divisions share.
@Suite struct CountyTableTests {
    static let groups = Gazetteer.counties

    @Test func coversEveryCountyLevelDivision() {
        let count = Self.groups.reduce(0) { $0 + $1.counties.count }
        #expect(count == Gazetteer.countyCount)
        #expect(count == 2843)
        let provinces = Set(Self.groups.map(\.province))
        #expect(provinces == Set(Province.allCases).subtracting([.hongKong, .macao, .taiwan]))
    }

    @Test(arguments: Province.allCases.filter { ![.hongKong, .macao, .taiwan].contains($0) })
    func everyCountyUnderItsParentTagsExactlyItsProvince(_ province: Province) {
        for group in Self.groups where group.province == province {
            for county in group.counties {
                let chinese = ProvinceTagger.standard.provinces(in: group.parent + county.name)
                #expect(chinese == [province], "\(group.parent)\(county.name)")
                let english = county.spellings.filter { $0.unicodeScalars.first?.isASCII == true }
                for spelling in english {
                    let found = ProvinceTagger.standard.provinces(in: "\(spelling), \(province.name)")
                    #expect(found == [province], "\(spelling), \(province.name)")
                }
            }
        }
    }

    @Test(arguments: Province.allCases.filter { ![.hongKong, .macao, .taiwan].contains($0) })
    func everyCountyAloneTagsItsProvinceUnlessShared(_ province: Province) {
        let shared = GazetteerIndex.standard.sharedSpellings
        for group in Self.groups where group.province == province {
            for county in group.counties {
                for spelling in county.spellings {
                    let found = ProvinceTagger.standard.provinces(in: spelling)
                    if let candidates = shared[Spelling(spelling).key] {
                        #expect(candidates.contains(province), "\(spelling)")
                        #expect(found.count <= 1 && found.isSubset(of: candidates), "\(spelling)")
                    } else {
                        #expect(found == [province], "\(spelling)")
                    }
                }
            }
        }
    }

    /// A Chinese name listed in two provinces (鼓楼区: Nanjing, Fuzhou, Kaifeng) is shared
    /// by exactly those: alone it tags neither, beside its parent it tags its own.
    @Test func namesInTwoProvincesAreSharedByExactlyThose() {
        var provincesByName: [String: Set<Province>] = [:]
        for group in Self.groups {
            for county in group.counties {
                for spelling in county.chineseSpellings { provincesByName[spelling, default: []].insert(group.province) }
            }
        }
        let sharedInTable = provincesByName.filter { $0.value.count > 1 }
        #expect(sharedInTable.count > 10)
        let shared = GazetteerIndex.standard.sharedSpellings
        for (name, provinces) in sharedInTable {
            #expect(shared[name].map { provinces.isSubset(of: $0) } == true, "\(name)")
        }
        #expect(ProvinceTagger.standard.provinces(in: "鼓楼区").isEmpty)
        #expect(ProvinceTagger.standard.provinces(in: "福州市鼓楼区") == [.fujian])
        #expect(ProvinceTagger.standard.provinces(in: "开封市鼓楼区") == [.henan])
    }

    @Test func ordinaryPhrasesAreEnglishOnly() {
        let counties = Self.groups.flatMap(\.counties)
        let phrases = counties.filter { $0.chineseSpellings.isEmpty }.map(\.name)
        #expect(phrases.contains("城区") && phrases.contains("范县") && phrases.contains("郊区"))
        #expect(ProvinceTagger.standard.provinces(in: "国家级示范县").isEmpty)
        #expect(ProvinceTagger.standard.provinces(in: "Fanxian County") == [.henan])
    }
}
