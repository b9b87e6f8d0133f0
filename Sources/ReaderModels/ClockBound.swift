/// The Sync API's clock bound (`shared/sync-protocol.md`, "Clock bound"): how
/// far a clock may run ahead of the time of whoever judges it.
///
/// A server may refuse a push whose clocks are more than ``maxAheadMS`` past
/// its own time (400 `clock_ahead`); a client skips every received clock more
/// than that past the time of the answer's `Date` header, and never moves its
/// own clock further than that past its (corrected) wall clock. Counters are
/// below ``counterLimit`` everywhere.
///
/// For example:
///
/// ```swift
/// let now = HybridLogicalClock.ms(of: Date())
/// let received = HybridLogicalClock(ms: now + 600_000, counter: 0, device: "laptop")
/// let admitted = ClockBound.standard.admits(received, at: now)   // false: 10 minutes ahead
/// ```
public struct ClockBound: Sendable, Equatable {
    /// How many ms a clock may be ahead of the reference time.
    public var maxAheadMS: Int64

    /// Creates a bound of `maxAheadMS` ms.
    public init(maxAheadMS: Int64) {
        self.maxAheadMS = maxAheadMS
    }

    /// The protocol's bound: 5 minutes.
    public static let standard = ClockBound(maxAheadMS: 300_000)

    /// Every valid counter is below 2^31.
    public static let counterLimit: Int64 = 1 << 31

    /// The latest `ms` admitted against `referenceMS`, without overflowing.
    public func latestMS(admittedAt referenceMS: Int64) -> Int64 {
        let (latest, overflows) = referenceMS.addingReportingOverflow(maxAheadMS)
        return overflows ? .max : latest
    }

    /// Whether `clock` is sane next to the time `referenceMS`: its `ms` not
    /// negative and no later than ``latestMS(admittedAt:)``, its `counter`
    /// from 0 to below ``counterLimit``.
    public func admits(_ clock: HybridLogicalClock, at referenceMS: Int64) -> Bool {
        Self.hasValidCounter(clock) && clock.ms >= 0 && clock.ms <= latestMS(admittedAt: referenceMS)
    }

    /// Whether `clock`'s counter is from 0 to below ``counterLimit``.
    public static func hasValidCounter(_ clock: HybridLogicalClock) -> Bool {
        (0..<counterLimit).contains(clock.counter)
    }
}
