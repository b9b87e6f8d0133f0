import ReaderModels

/// The division-level spellings of the ``Gazetteer``, keyed for lookup.
struct ProvinceNameIndex: Sendable {
    /// The index of the built-in gazetteer, built once on first use.
    static let standard = ProvinceNameIndex(divisions: Gazetteer.divisions, abbreviations: Gazetteer.abbreviations)

    /// The division each spelling names, by ``Spelling/key``.
    let provinceByKey: [String: Province]
    /// Every spelling's key as scalars, with its division, for edit distances.
    let spellings: [(key: [Unicode.Scalar], province: Province)]
    /// The division each one-character abbreviation stands for, by ``Spelling/key`` (`粤`, also for `粵`).
    let provinceByAbbreviation: [String: Province]

    /// The index of the `names` of `divisions` and of `abbreviations`.
    init(divisions: [Division], abbreviations: [Abbreviation]) {
        var provinceByKey: [String: Province] = [:]
        for division in divisions {
            for name in division.names { provinceByKey[Spelling(name).key] = division.province }
        }
        self.provinceByKey = provinceByKey
        provinceByAbbreviation = Dictionary(
            abbreviations.map { (Spelling(String($0.character)).key, $0.province) }, uniquingKeysWith: { first, _ in first })
        spellings = provinceByKey.sorted { $0.key < $1.key }.map { (Array($0.key.unicodeScalars), $0.value) }
    }
}
