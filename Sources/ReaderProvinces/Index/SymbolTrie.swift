/// A trie over phrases written as 32-bit symbols (numbered words, or ideographs)
/// whose terminal nodes hold the provinces the phrase tags.
///
/// ``provinces(in:)`` scans a stream of symbols once, taking at each position
/// the longest phrase that starts there, so `海南藏族自治州` wins over `海南`
/// and `Hainan Prefecture` over `Hainan`.
struct SymbolTrie: Sendable {
    /// Separates symbols in a stream that no phrase may span, such as punctuation.
    static let separator: UInt32 = 0

    /// Child node numbers, keyed by parent node number (high half) and symbol (low half).
    private var children = FlatTable<UInt64>()
    /// The provinces each node's phrase tags, or `nil` where no phrase ends; node 0 is the root.
    private var tags: [ProvinceSet?] = [nil]

    /// Adds `phrase`, which then tags `provinces` (none, for a non-place).
    mutating func insert(_ phrase: [UInt32], tagging provinces: ProvinceSet) {
        var node: UInt32 = 0
        for symbol in phrase {
            let edge = Self.edge(from: node, by: symbol)
            if let child = children.value(for: edge) {
                node = child
            } else {
                let child = UInt32(tags.count)
                tags.append(nil)
                children.set(child, for: edge)
                node = child
            }
        }
        tags[Int(node)] = provinces
    }

    /// Every province tagged by the leftmost-longest phrases of `stream`.
    func provinces(in stream: [UInt32]) -> ProvinceSet {
        var found = ProvinceSet.none
        var start = 0
        while start < stream.count {
            var node: UInt32 = 0
            var position = start
            var matchEnd = start
            var matchTags = ProvinceSet.none
            while position < stream.count, stream[position] != Self.separator,
                let child = children.value(for: Self.edge(from: node, by: stream[position]))
            {
                node = child
                position += 1
                if let nodeTags = tags[Int(node)] {
                    matchEnd = position
                    matchTags = nodeTags
                }
            }
            if matchEnd > start {
                found.formUnion(matchTags)
                start = matchEnd
            } else {
                start += 1
            }
        }
        return found
    }

    private static func edge(from node: UInt32, by symbol: UInt32) -> UInt64 {
        UInt64(node) << 32 | UInt64(symbol)
    }
}
