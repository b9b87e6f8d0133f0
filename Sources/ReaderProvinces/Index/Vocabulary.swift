/// The words the gazetteer's Latin spellings use, each numbered from 1, so that
/// a text's words become symbols for a ``SymbolTrie``.
///
/// Most words of a text are in no spelling; a bit per hash value (``filterBits``, small
/// enough to stay in the processor's cache) turns most of them away before the table,
/// which, holding every county's pinyin, does not stay there.
struct Vocabulary: Sendable {
    private var numbers = FlatTable<WordKey>()
    /// The number of bits of ``filter``: 2^16, 8 KiB.
    private static let filterBits = 16
    private var filter = [UInt64](repeating: 0, count: 1 << (filterBits - 6))

    /// The number of the word `bytes`, or `nil` when no spelling uses it.
    @inline(__always)
    func number(of bytes: some Collection<UInt8>) -> UInt32? {
        guard let key = WordKey(bytes) else { return nil }
        let bit = Self.filterBit(of: key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return numbers.value(for: key)
    }

    /// The number of the word `bytes`, numbering it if new; `nil` if the word is too long to key.
    mutating func add(_ bytes: some Collection<UInt8>) -> UInt32? {
        guard let key = WordKey(bytes) else { return nil }
        if let number = numbers.value(for: key) { return number }
        let number = UInt32(numbers.count + 1)
        numbers.set(number, for: key)
        let bit = Self.filterBit(of: key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        return number
    }

    /// The filter bit of `key`: middle bits of its hash, well mixed and apart from the high
    /// ones the table's slots use.
    @inline(__always)
    private static func filterBit(of key: WordKey) -> Int {
        Int(truncatingIfNeeded: (key.mixedHash >> 28) & ((1 << UInt64(filterBits)) - 1))
    }
}
