/// Comparisons of secrets whose timing does not depend on where they differ.
enum ConstantTime {
    /// Whether `lhs` and `rhs` are equal, compared without stopping at the
    /// first difference, so timing does not reveal how much of a guess was right.
    static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: lhs.count ^ rhs.count)
        for index in 0..<max(lhs.count, rhs.count) {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            difference |= left ^ right
        }
        return difference == 0 && lhs.count == rhs.count
    }

    /// Whether the UTF-8 bytes of `lhs` and `rhs` are equal (see ``equal(_:_:)-([UInt8],_)``).
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        equal(Array(lhs.utf8), Array(rhs.utf8))
    }
}
