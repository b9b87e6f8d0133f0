/// A random generator whose sequence depends only on its seed (SplitMix64),
/// so a test's random cases (the moments it kills a process, the caches it
/// builds) are the same on every run.
///
/// For example:
///
/// ```swift
/// var random = SeededRandom(seed: 7)
/// let count = Int.random(in: 0..<100, using: &random)
/// ```
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next number of the sequence.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
