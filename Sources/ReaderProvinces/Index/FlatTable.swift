/// A key for ``FlatTable``: equatable, with a cheap well-mixed hash.
protocol FlatTableKey: Equatable, Sendable {
    /// A key to fill empty slots with (value 0 marks a slot empty, so any key will do).
    static var placeholder: Self { get }
    /// The key's bits, multiplied into a hash whose high bits pick a slot.
    var mixedHash: UInt64 { get }
}

/// An open-addressing hash table from keys to non-zero 32-bit values, for the
/// scanner's hot lookups: a multiplicative hash and a linear probe instead of
/// `Dictionary`'s seeded SipHash, which dominated tagging time.
///
/// Value 0 marks an empty slot, so values must be non-zero.
struct FlatTable<Key: FlatTableKey>: Sendable {
    private var keys: [Key]
    private var values: [UInt32]
    private var shift: UInt64
    /// The number of keys stored.
    private(set) var count = 0

    /// An empty table.
    init() {
        keys = Array(repeating: .placeholder, count: 16)
        values = Array(repeating: 0, count: 16)
        shift = 64 - 4
    }

    /// The value stored for `key`, or `nil`.
    func value(for key: Key) -> UInt32? {
        let mask = values.count - 1
        var slot = Int(truncatingIfNeeded: key.mixedHash >> shift)
        while true {
            let value = values[slot]
            if value == 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` (non-zero) for `key`, replacing any earlier value.
    mutating func set(_ value: UInt32, for key: Key) {
        precondition(value != 0, "FlatTable values must be non-zero")
        if (count + 1) * 2 > values.count { grow() }
        let mask = values.count - 1
        var slot = Int(truncatingIfNeeded: key.mixedHash >> shift)
        while values[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        if values[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.1 != 0 }
        keys = Array(repeating: .placeholder, count: values.count * 2)
        values = Array(repeating: 0, count: values.count * 2)
        shift -= 1
        count = 0
        for (key, value) in old { set(value, for: key) }
    }
}

extension UInt64: FlatTableKey {
    static var placeholder: UInt64 { 0 }
    var mixedHash: UInt64 { self &* 0x9E37_79B9_7F4A_7C15 }
}
