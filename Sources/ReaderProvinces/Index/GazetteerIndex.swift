import ReaderModels

/// The gazetteer compiled for scanning: one ``SymbolTrie`` of word phrases, one of
/// ideograph phrases, the ``Vocabulary`` that numbers words, and the ``PersonNames``.
///
/// Every spelling is read with ``TextScanner``, the same reader the tagger uses on
/// text, so spellings and text agree on case, accents, apostrophes, possessives and
/// traditional characters.
///
/// Where one spelling names places in several divisions, the hand-written tables decide:
/// a spelling they give one division (`Chaoyang District`, Beijing) is that division's
/// unless the text names another candidate (`Chaoyang District, Changchun`); one they give
/// several (`Taizhou`), or that only the generated county table gives several (`鼓楼区`),
/// tags only a candidate the text names elsewhere.
struct GazetteerIndex: Sendable {
    /// The index of the built-in ``Gazetteer``, built once on first use.
    static let standard = GazetteerIndex(
        divisions: Gazetteer.divisions, landmarks: Gazetteer.landmarks, counties: Gazetteer.counties,
        regions: Gazetteer.regions, abbreviations: Gazetteer.abbreviations,
        nonPlaces: Gazetteer.nonPlaces + Gazetteer.companies, people: Gazetteer.people)

    /// Numbers the words of Latin-script spellings and surnames.
    let vocabulary: Vocabulary
    /// Latin-script phrases, over word numbers.
    let wordPhrases: SymbolTrie
    /// Chinese phrases, over ideographs.
    let ideographPhrases: SymbolTrie
    /// Surnames and the words that show a name is a person's.
    let personNames: PersonNames
    /// Spellings (as ``Spelling/key``) of places in several divisions, with the divisions.
    let sharedSpellings: [String: Set<Province>]
    /// Spellings that are not one unbroken phrase in one script, or have a word too long to key:
    /// the tagger could never match them.
    let unusableSpellings: [String]

    /// The index of the tables, with `nonPlaces` as phrases that tag nothing but, being longer,
    /// keep the place names inside them from matching.
    init(
        divisions: [Division], landmarks: [Division], counties: [CountyGroup], regions: [Region],
        abbreviations: [Abbreviation], nonPlaces: [String], people: PersonNameTable
    ) {
        var collector = EntryCollector()
        for division in divisions + landmarks {
            for name in division.names + division.places.flatMap(\.spellings) {
                collector.add(name, handWrittenFor: division.province)
            }
            for place in division.places where place.level == .prefecture {
                for spelling in place.spellings where Self.takesCitySuffix(spelling) {
                    collector.add(spelling + " City", handWrittenFor: division.province)
                }
            }
        }
        for group in counties {
            for county in group.counties {
                for spelling in county.spellings { collector.add(spelling, generatedFor: group.province) }
            }
        }
        let abbreviated = Dictionary(abbreviations.map { ($0.character, $0) }) { first, _ in first }
        for abbreviation in abbreviations {
            let entry = PhraseEntry(
                kind: .abbreviation, provinces: ProvinceSet([abbreviation.province]),
                isDistinctive: abbreviation.isDistinctive)
            collector.add(String(abbreviation.character), meaning: entry)
        }
        for region in regions {
            for spelling in region.spellings {
                let isCompound = spelling.count > 1 && spelling.allSatisfy { abbreviated[$0] != nil }
                collector.add(spelling, meaning: PhraseEntry(
                    kind: isCompound ? .compound : .place, provinces: ProvinceSet(region.provinces)))
            }
        }
        for nonPlace in nonPlaces { collector.add(nonPlace, meaning: .nonPlace) }

        var vocabulary = Vocabulary()
        var wordPhrases = SymbolTrie()
        var ideographPhrases = SymbolTrie()
        var unusable = collector.unusable
        for (key, spelling, entry) in collector.entries() {
            if spelling.words.isEmpty {
                ideographPhrases.insert(spelling.ideographs, meaning: entry)
                continue
            }
            let numbers = spelling.words.compactMap { vocabulary.add(Array($0.utf8)) }
            guard numbers.count == spelling.words.count else {
                unusable.append(key)
                continue
            }
            wordPhrases.insert(numbers, meaning: entry)
        }
        personNames = PersonNames(people, vocabulary: &vocabulary)
        self.vocabulary = vocabulary
        self.wordPhrases = wordPhrases
        self.ideographPhrases = ideographPhrases
        self.sharedSpellings = collector.shared
        self.unusableSpellings = unusable
    }

    /// Whether a prefecture's English spelling is also written with `City` (`Pingxiang City`).
    private static func takesCitySuffix(_ spelling: String) -> Bool {
        let suffixes = [" City", " Prefecture", " League", " Area", " Region", " County", " Island"]
        return spelling.unicodeScalars.allSatisfy(\.isASCII) && !suffixes.contains { spelling.hasSuffix($0) }
    }
}
