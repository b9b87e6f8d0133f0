/// A trie over phrases written as 32-bit symbols (numbered words, or ideographs)
/// whose terminal nodes refer to the ``PhraseEntry`` of the phrase.
///
/// ``longestMatch(in:at:)`` finds the longest phrase that starts at a position, so
/// `海南藏族自治州` wins over `海南` and `Hainan Prefecture` over `Hainan`, and also the
/// next longer one for the scans that must step back (`海南区域` is 海南 + 区域).
struct SymbolTrie: Sendable {
    /// Separates symbols in a stream that no phrase may span, such as punctuation.
    static let separator: UInt32 = 0

    /// A phrase found in a stream: where it ends and what it means.
    struct Match {
        /// The position after its last symbol.
        var end: Int
        /// Its entry's number in ``SymbolTrie/entries``.
        var entry: Int
    }

    /// Child node numbers, keyed by parent node number (high half) and symbol (low half).
    private var children = FlatTable<UInt64>()
    /// Each node's entry number plus one, or 0 where no phrase ends; node 0 is the root.
    private var terminals: [UInt16] = [0]
    /// The distinct entries, referred to by number.
    private(set) var entries: [PhraseEntry] = []
    private var entryNumbers: [PhraseEntry: Int] = [:]
    /// One bit per symbol that begins a phrase: most symbols of a text begin none, and a bit
    /// test rejects them cheaper than a look-up in `children`.
    private var firstSymbols: [UInt64] = []

    /// Adds `phrase`, which then means `entry`.
    mutating func insert(_ phrase: [UInt32], meaning entry: PhraseEntry) {
        if let first = phrase.first {
            let word = Int(first >> 6)
            if word >= firstSymbols.count { firstSymbols += repeatElement(0, count: word + 1 - firstSymbols.count) }
            firstSymbols[word] |= 1 << UInt64(first & 63)
        }
        var node: UInt32 = 0
        for symbol in phrase {
            let edge = Self.edge(from: node, by: symbol)
            if let child = children.value(for: edge) {
                node = child
            } else {
                let child = UInt32(terminals.count)
                terminals.append(0)
                children.set(child, for: edge)
                node = child
            }
        }
        let number: Int
        if let known = entryNumbers[entry] {
            number = known
        } else {
            number = entries.count
            entries.append(entry)
            entryNumbers[entry] = number
        }
        precondition(number < Int(UInt16.max), "too many distinct phrase entries")
        terminals[Int(node)] = UInt16(number + 1)
    }

    /// Whether some phrase begins with `symbol`.
    @inline(__always)
    func begins(with symbol: UInt32) -> Bool {
        let word = Int(symbol >> 6)
        return word < firstSymbols.count && firstSymbols[word] & (1 << UInt64(symbol & 63)) != 0
    }

    /// The longest phrase of `stream` that starts at `start`, and the longest shorter one,
    /// or `nil`s; a phrase never spans a ``separator``.
    @inline(__always)
    func longestMatch(in stream: UnsafeBufferPointer<UInt32>, at start: Int) -> (longest: Match?, shorter: Match?) {
        guard begins(with: stream[start]) else { return (nil, nil) }
        var node: UInt32 = 0
        var position = start
        var longest: Match?
        var shorter: Match?
        while position < stream.count, stream[position] != Self.separator,
            let child = children.value(for: Self.edge(from: node, by: stream[position]))
        {
            node = child
            position += 1
            let terminal = terminals[Int(node)]
            if terminal != 0 {
                shorter = longest
                longest = Match(end: position, entry: Int(terminal) - 1)
            }
        }
        return (longest, shorter)
    }

    private static func edge(from node: UInt32, by symbol: UInt32) -> UInt64 {
        UInt64(node) << 32 | UInt64(symbol)
    }
}
