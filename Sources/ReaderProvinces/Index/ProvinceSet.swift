import ReaderModels

/// A set of provinces packed into the bits of one word, so that tagging
/// unions bits instead of hashing enum values.
struct ProvinceSet: Hashable, Sendable {
    /// The provinces in bit order: `Province.allCases`, computed once.
    private static let ordered = Province.allCases

    /// One bit per ``Province``, in `ordered` order.
    private var bits: UInt64

    /// The empty set: what a non-place or an ambiguous spelling tags.
    static let none = ProvinceSet(bits: 0)

    private init(bits: UInt64) {
        self.bits = bits
    }

    /// The set of `provinces`.
    init(_ provinces: some Sequence<Province>) {
        bits = 0
        for province in provinces {
            if let index = Self.ordered.firstIndex(of: province) { bits |= 1 << UInt64(index) }
        }
    }

    /// Adds every province of `other`.
    mutating func formUnion(_ other: ProvinceSet) {
        bits |= other.bits
    }

    /// Whether the sets have a province in common.
    func intersects(_ other: ProvinceSet) -> Bool {
        bits & other.bits != 0
    }

    /// The provinces as a `Set`.
    var provinces: Set<Province> {
        var result = Set<Province>(minimumCapacity: bits.nonzeroBitCount)
        var remaining = bits
        while remaining != 0 {
            let index = remaining.trailingZeroBitCount
            result.insert(Self.ordered[index])
            remaining &= remaining - 1
        }
        return result
    }
}
