/// Reads the symbol streams of a text against the gazetteer's tries, taking at each
/// position the longest phrase that starts there, and applies the rules that need the
/// phrases' neighbours: person names, runs of abbreviations, and the suffixes that
/// begin a longer word (`区域`, `市场`).
enum PhraseScan {
    /// Counts the phrases of a word stream into `tally`.
    static func words(_ stream: [UInt32], in index: GazetteerIndex, into tally: inout TagTally) {
        let trie = index.wordPhrases
        stream.withUnsafeBufferPointer { stream in
            var start = 0
            var free = 0
            while start < stream.count {
                guard let match = trie.longestMatch(in: stream, at: start).longest else {
                    start += 1
                    continue
                }
                let entry = trie.entries[match.entry]
                let isPerson = entry.mayBePersonName && match.end == start + 1
                    && index.personNames.isPersonName(words: stream, at: start, free: free)
                if !isPerson { tally.add(entry) }
                start = match.end
                free = match.end
            }
        }
    }

    /// Counts the phrases and abbreviation runs of an ideograph stream into `tally`.
    static func ideographs(_ stream: [UInt32], in index: GazetteerIndex, into tally: inout TagTally) {
        let trie = index.ideographPhrases
        stream.withUnsafeBufferPointer { stream in
            var run = AbbreviationRun()
            var start = 0
            var free = 0
            while start < stream.count {
                let matches = trie.longestMatch(in: stream, at: start)
                guard let match = beginsLongerWord(matches.longest, in: stream) ? matches.shorter : matches.longest
                else {
                    run.end(into: &tally)
                    start += 1
                    continue
                }
                let entry = trie.entries[match.entry]
                switch entry.kind {
                case .abbreviation:
                    run.extend(by: 1, entry.provinces, isDistinctive: entry.isDistinctive)
                case .compound:
                    run.extend(by: match.end - start, entry.provinces, isDistinctive: true)
                default:
                    run.end(into: &tally)
                    let isPerson = entry.mayBePersonName && match.end == start + 2
                        && index.personNames.isPersonName(ideographs: stream, from: start, to: match.end, free: free)
                    if !isPerson { tally.add(entry) }
                }
                start = match.end
                free = match.end
            }
            run.end(into: &tally)
        }
    }

    private static let district: UInt32 = 0x533A  // 区
    private static let city: UInt32 = 0x5E02  // 市

    /// Whether `match` ends in a suffix that really begins the next word: 区 of 区域, 区块,
    /// 区间, 区划, 区位 (`海南区域` is Hainan's region, not Wuhai's 海南区), 市 of 市场, 市值.
    @inline(__always)
    private static func beginsLongerWord(_ match: SymbolTrie.Match?, in stream: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let match, match.end < stream.count else { return false }
        let next = stream[match.end]
        switch stream[match.end - 1] {
        case district: return next == 0x57DF || next == 0x5757 || next == 0x95F4 || next == 0x5212 || next == 0x4F4D
        case city: return next == 0x573A || next == 0x503C
        default: return false
        }
    }
}

/// Consecutive one-character abbreviations (`沪苏浙皖`): two or more characters, one of them
/// distinctive or a listed compound, name each of their divisions; fewer name nothing.
private struct AbbreviationRun {
    private var length = 0
    private var provinces = ProvinceSet.none
    private var isDistinctive = false

    mutating func extend(by characters: Int, _ more: ProvinceSet, isDistinctive distinctive: Bool) {
        length += characters
        provinces.formUnion(more)
        isDistinctive = isDistinctive || distinctive
    }

    mutating func end(into tally: inout TagTally) {
        if length >= 2, isDistinctive { tally.add(provinces) }
        self = AbbreviationRun()
    }
}
