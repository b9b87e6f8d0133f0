import ReaderRandom
import Testing

/// The corpus, the server's faults and every seeded test case depend on these
/// exact sequences: the expected numbers are written out (SplitMix64's
/// published output for seed 0, the rest worked out apart from this code).
@Suite struct SplitMix64Tests {
    @Test func givesTheReferenceSequence() {
        var zero = SplitMix64(seed: 0)
        #expect((0..<3).map { _ in zero.next() } == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
        var answer = SplitMix64(seed: 42)
        #expect((0..<3).map { _ in answer.next() } == [0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52])
    }

    @Test func drawsBelowABoundFromTheHighBits() {
        var random = SplitMix64(seed: 42)
        #expect((0..<8).map { _ in random.next(below: 6) } == [4, 0, 1, 2, 0, 5, 1, 4])
    }

    @Test func startsAnIndexedItemWithoutDrawingTheOnesBefore() {
        var item = SplitMix64(seed: 7, index: 3)
        #expect([item.next(), item.next()] == [0xD40D_0A4F_FA67_9748, 0x2000_C298_C383_E25C])
    }

    @Test func staysInRange() {
        var random = SplitMix64(seed: 99)
        let draws = (0..<10_000).map { _ in random.next(below: 6) }
        #expect(Set(draws) == Set(0..<6))
        #expect((0..<1000).allSatisfy { _ in (0..<1).contains(random.nextUnit()) })
        #expect((0..<1000).allSatisfy { _ in (3...5).contains(random.next(in: 3...5)) })
    }
}
