import Foundation
import ReaderModels
import Testing

@Suite struct HybridLogicalClockTests {
    @Test func ordersByMillisecondsThenCounterThenDevice() {
        let a = HybridLogicalClock(ms: 10, counter: 5, device: "b")
        let b = HybridLogicalClock(ms: 11, counter: 0, device: "a")
        let c = HybridLogicalClock(ms: 11, counter: 1, device: "a")
        let d = HybridLogicalClock(ms: 11, counter: 1, device: "b")
        #expect(a < b && b < c && c < d)
        #expect(!(d < c))
    }

    @Test func comparesDevicesBytewise() {
        // "Z" (0x5A) sorts before "a" (0x61) byte-wise, whatever the locale.
        #expect(HybridLogicalClock(ms: 1, counter: 0, device: "Z") < HybridLogicalClock(ms: 1, counter: 0, device: "a"))
    }

    @Test func nextUsesTheWallClockWhenItIsAhead() {
        let last = HybridLogicalClock(ms: 100, counter: 7, device: "x")
        #expect(HybridLogicalClock.next(after: last, wallClockMS: 200, device: "me") == .init(ms: 200, counter: 0, device: "me"))
        #expect(HybridLogicalClock.next(after: nil, wallClockMS: 5, device: "me") == .init(ms: 5, counter: 0, device: "me"))
    }

    @Test func nextOutrunsASeenClockAheadOfTheWallClock() {
        let seen = HybridLogicalClock(ms: 1_000_000, counter: 3, device: "other")
        let next = HybridLogicalClock.next(after: seen, wallClockMS: 10, device: "me")
        #expect(next == .init(ms: 1_000_000, counter: 4, device: "me"))
        #expect(next > seen)
    }
}

@Suite struct LastWriterWinsTests {
    private func change(_ value: Bool, ms: Int64, device: String = "d") -> StateChange {
        StateChange(remoteID: "a", field: .read, value: value, clock: .init(ms: ms, counter: 0, device: device))
    }

    @Test func theGreaterClockWinsWhateverTheOrder() {
        let older = change(true, ms: 1)
        let newer = change(false, ms: 2)
        #expect(LastWriterWins.merge(older, newer) == newer)
        #expect(LastWriterWins.merge(newer, older) == newer)
        #expect(LastWriterWins.merge(nil, older) == older)
    }

    @Test func mergingIsIdempotentAndAssociative() {
        let changes = (0..<20).map { change($0 % 3 == 0, ms: Int64(($0 * 7) % 11), device: "d\($0 % 4)") }
        let forward = changes.reduce(nil as StateChange?) { LastWriterWins.merge($0, $1) }
        let backward = changes.reversed().reduce(nil as StateChange?) { LastWriterWins.merge($0, $1) }
        let twice = (changes + changes).reduce(nil as StateChange?) { LastWriterWins.merge($0, $1) }
        #expect(forward == backward)
        #expect(forward == twice)
        #expect(forward?.clock == changes.map(\.clock).max())
    }
}

@Suite struct RFC3339Tests {
    @Test func parsesWithAndWithoutFractionsAndOffsets() throws {
        let expected = try #require(RFC3339.date(from: "2020-04-20T08:00:00Z"))
        #expect(expected.timeIntervalSince1970 == 1_587_369_600)
        #expect(RFC3339.date(from: "2020-04-20T08:00:00.000Z") == expected)
        #expect(RFC3339.date(from: "2020-04-20T16:00:00+08:00") == expected)
        #expect(RFC3339.date(from: "April 20") == nil)
        #expect(RFC3339.string(from: expected) == "2020-04-20T08:00:00.000Z")
    }
}

@Suite struct HybridLogicalClockBoundsTests {
    @Test("next never traps: the greatest counter moves to the next millisecond, the end of time stays")
    func nextDoesNotOverflow() {
        let seen = HybridLogicalClock(ms: 1_000, counter: .max, device: "hostile")
        let next = HybridLogicalClock.next(after: seen, wallClockMS: 10, device: "me")
        #expect(next == .init(ms: 1_001, counter: 0, device: "me"))
        #expect(next > seen)
        let end = HybridLogicalClock(ms: .max, counter: .max, device: "hostile")
        #expect(HybridLogicalClock.next(after: end, wallClockMS: 10, device: "me") == .init(ms: .max, counter: .max, device: "me"))
    }

    @Test("the clock bound admits up to 5 minutes ahead of the reference and counters below 2^31")
    func clockBound() {
        let bound = ClockBound.standard
        func clock(_ ms: Int64, _ counter: Int64 = 0) -> HybridLogicalClock { .init(ms: ms, counter: counter, device: "d") }
        #expect(bound.admits(clock(1_300_000), at: 1_000_000))
        #expect(!bound.admits(clock(1_300_001), at: 1_000_000))
        #expect(bound.admits(clock(5), at: 1_000_000), "any time in the past")
        #expect(!bound.admits(clock(-1), at: 1_000_000))
        #expect(bound.admits(clock(5, (1 << 31) - 1), at: 1_000_000))
        #expect(!bound.admits(clock(5, 1 << 31), at: 1_000_000))
        #expect(!bound.admits(clock(5, -1), at: 1_000_000))
        #expect(bound.latestMS(admittedAt: .max) == .max, "no overflow")
    }
}
