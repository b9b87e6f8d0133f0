import ReaderModels

/// The division-level spellings of the ``Gazetteer``, keyed for lookup.
struct ProvinceNameIndex: Sendable {
    /// The index of the built-in gazetteer, built once on first use.
    static let standard = ProvinceNameIndex(divisions: Gazetteer.divisions)

    /// The division each spelling names, by ``Spelling/key``.
    let provinceByKey: [String: Province]
    /// Every spelling's key as scalars, with its division, for edit distances.
    let spellings: [(key: [Unicode.Scalar], province: Province)]

    /// The index of the `names` of `divisions`.
    init(divisions: [Division]) {
        var provinceByKey: [String: Province] = [:]
        for division in divisions {
            for name in division.names { provinceByKey[Spelling(name).key] = division.province }
        }
        self.provinceByKey = provinceByKey
        spellings = provinceByKey.sorted { $0.key < $1.key }.map { (Array($0.key.unicodeScalars), $0.value) }
    }
}
