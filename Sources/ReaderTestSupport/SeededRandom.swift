import ReaderRandom

/// A random generator whose sequence depends only on its seed (``SplitMix64``,
/// as a `RandomNumberGenerator`), so a test's random cases (the moments it
/// kills a process, the caches it builds, the histories it merges) are the
/// same on every run and a failing seed can be replayed.
///
/// For example:
///
/// ```swift
/// var random = SeededRandom(seed: 7)
/// let count = Int.random(in: 0..<100, using: &random)
/// ```
public struct SeededRandom: RandomNumberGenerator {
    private var generator: SplitMix64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// The next number of the sequence.
    public mutating func next() -> UInt64 {
        generator.next()
    }
}
