/// The words the gazetteer's Latin spellings use, each numbered from 1, so that
/// a text's words become symbols for a ``SymbolTrie``.
struct Vocabulary: Sendable {
    private var numbers = FlatTable<WordKey>()

    /// The number of the word `bytes`, or `nil` when no spelling uses it.
    func number(of bytes: some Collection<UInt8>) -> UInt32? {
        WordKey(bytes).flatMap { numbers.value(for: $0) }
    }

    /// The number of the word `bytes`, numbering it if new; `nil` if the word is too long to key.
    mutating func add(_ bytes: some Collection<UInt8>) -> UInt32? {
        guard let key = WordKey(bytes) else { return nil }
        if let number = numbers.value(for: key) { return number }
        let number = UInt32(numbers.count + 1)
        numbers.set(number, for: key)
        return number
    }
}
