/// The gazetteer compiled for scanning: one ``SymbolTrie`` of word phrases, one of
/// ideograph phrases, and the ``Vocabulary`` that numbers words.
///
/// Every spelling is read with ``TextScanner``, the same reader the tagger uses on
/// text, so spellings and text agree on case, accents, apostrophes and possessives.
struct GazetteerIndex: Sendable {
    /// The index of the built-in ``Gazetteer``, built once on first use.
    static let standard = GazetteerIndex(
        divisions: Gazetteer.divisions, regions: Gazetteer.regions, nonPlaces: Gazetteer.nonPlaces)

    /// Numbers the words of Latin-script spellings.
    let vocabulary: Vocabulary
    /// Latin-script phrases, over word numbers.
    let wordPhrases: SymbolTrie
    /// Chinese phrases, over ideographs.
    let ideographPhrases: SymbolTrie
    /// Spellings (as ``Spelling/key``) listed for different divisions, which therefore tag none.
    let ambiguousSpellings: Set<String>
    /// Spellings that are not one unbroken phrase in one script, or have a word too long to key:
    /// the tagger could never match them.
    let unusableSpellings: [String]

    /// The index of `divisions` and `regions`, with `nonPlaces` as phrases that tag nothing
    /// but, being longer, keep the place names inside them from matching.
    init(divisions: [Division], regions: [Region], nonPlaces: [String]) {
        var entries: [String: (spelling: Spelling, tags: ProvinceSet)] = [:]
        var ambiguous = Set<String>()
        var unusable: [String] = []
        func add(_ text: String, tagging tags: ProvinceSet) {
            let spelling = Spelling(text)
            guard spelling.isPhrase else { return unusable.append(text) }
            let key = spelling.key
            if let earlier = entries[key], earlier.tags != tags {
                ambiguous.insert(key)
                entries[key] = (spelling, ProvinceSet.none)
            } else if !ambiguous.contains(key) {
                entries[key] = (spelling, tags)
            }
        }
        for division in divisions {
            let tags = ProvinceSet([division.province])
            for name in division.names + division.places.flatMap(\.spellings) { add(name, tagging: tags) }
        }
        for region in regions {
            for spelling in region.spellings { add(spelling, tagging: ProvinceSet(region.provinces)) }
        }
        for nonPlace in nonPlaces { add(nonPlace, tagging: .none) }

        var vocabulary = Vocabulary()
        var wordPhrases = SymbolTrie()
        var ideographPhrases = SymbolTrie()
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let spelling = entry.spelling
            if spelling.words.isEmpty {
                ideographPhrases.insert(spelling.ideographs, tagging: entry.tags)
                continue
            }
            let numbers = spelling.words.compactMap { vocabulary.add(Array($0.utf8)) }
            guard numbers.count == spelling.words.count else {
                unusable.append(key)
                continue
            }
            wordPhrases.insert(numbers, tagging: entry.tags)
        }
        self.vocabulary = vocabulary
        self.wordPhrases = wordPhrases
        self.ideographPhrases = ideographPhrases
        self.ambiguousSpellings = ambiguous
        self.unusableSpellings = unusable
    }
}
