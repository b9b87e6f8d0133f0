/// The provinces a scan has found so far, and the shared names it met, which are
/// resolved once the whole text is read.
struct TagTally {
    /// The provinces named without doubt.
    private(set) var found = ProvinceSet.none
    /// The shared names met: their candidates, and what each tags if the text names none.
    private var shared: [(candidates: ProvinceSet, fallback: ProvinceSet)] = []

    /// Counts the phrase `entry`.
    @inline(__always)
    mutating func add(_ entry: PhraseEntry) {
        switch entry.kind {
        case .place, .compound: found.formUnion(entry.provinces)
        case .shared: shared.append((entry.candidates, entry.provinces))
        case .nonPlace, .abbreviation: break
        }
    }

    /// Counts the divisions of a run of abbreviations.
    mutating func add(_ provinces: ProvinceSet) {
        found.formUnion(provinces)
    }

    /// Every province found: those named without doubt, plus the well-known place of each
    /// shared name whose candidates the text names nowhere else.
    var provinces: ProvinceSet {
        var result = found
        for name in shared where !name.candidates.intersects(found) { result.formUnion(name.fallback) }
        return result
    }
}
