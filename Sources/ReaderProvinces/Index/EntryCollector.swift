import ReaderModels

/// Gathers the gazetteer's spellings by ``Spelling/key`` and decides what each means:
/// a non-place or a listed region as given; a place by who lists it (``GazetteerIndex``).
struct EntryCollector {
    private struct Pending {
        var spelling: Spelling
        var handWritten = Set<Province>()
        var generated = Set<Province>()
        var fixed: PhraseEntry?
    }

    private var pending: [String: Pending] = [:]
    /// Spellings that are not one unbroken phrase in one script.
    private(set) var unusable: [String] = []

    /// Adds `text`, listed by the hand-written tables for `province`.
    mutating func add(_ text: String, handWrittenFor province: Province) {
        update(text) { $0.handWritten.insert(province) }
    }

    /// Adds `text`, listed by the generated county table for `province`.
    mutating func add(_ text: String, generatedFor province: Province) {
        update(text) { $0.generated.insert(province) }
    }

    /// Adds `text` with a meaning of its own; a non-place overrides every other listing.
    mutating func add(_ text: String, meaning entry: PhraseEntry) {
        update(text) { pending in
            if pending.fixed?.kind != .nonPlace { pending.fixed = entry }
        }
    }

    private mutating func update(_ text: String, _ change: (inout Pending) -> Void) {
        let spelling = Spelling(text)
        guard spelling.isPhrase else { return unusable.append(text) }
        let key = spelling.key
        var entry = pending[key] ?? Pending(spelling: spelling)
        change(&entry)
        pending[key] = entry
    }

    /// The spellings of places in several divisions, with those divisions.
    var shared: [String: Set<Province>] {
        pending.compactMapValues { entry in
            let all = entry.handWritten.union(entry.generated)
            return entry.fixed == nil && all.count > 1 ? all : nil
        }
    }

    /// Every spelling with its key and meaning, in key order.
    func entries() -> [(key: String, spelling: Spelling, entry: PhraseEntry)] {
        pending.sorted { $0.key < $1.key }.map { key, pending in
            (key, pending.spelling, Self.meaning(of: pending))
        }
    }

    private static func meaning(of pending: Pending) -> PhraseEntry {
        if let fixed = pending.fixed { return fixed }
        let all = pending.handWritten.union(pending.generated)
        let spelling = pending.spelling
        let mayBePersonName = spelling.words.count == 1 || (spelling.words.isEmpty && spelling.ideographs.count == 2)
        if all.count == 1 {
            return PhraseEntry(kind: .place, provinces: ProvinceSet(all), mayBePersonName: mayBePersonName)
        }
        let fallback = pending.handWritten.count == 1 ? ProvinceSet(pending.handWritten) : .none
        return PhraseEntry(
            kind: .shared, provinces: fallback, candidates: ProvinceSet(all), mayBePersonName: mayBePersonName)
    }
}
