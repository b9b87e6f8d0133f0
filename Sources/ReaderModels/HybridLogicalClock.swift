public import Foundation

/// A hybrid logical clock stamp, as the Sync API defines it.
///
/// Stamps are ordered by ``ms``, then ``counter``, then ``device`` compared
/// byte-wise, so any two distinct stamps have a strict order and every device
/// picks the same winner.
///
/// For example:
///
/// ```swift
/// let first = HybridLogicalClock.next(after: nil, wallClockMS: HybridLogicalClock.ms(of: Date()), device: "phone")
/// let second = HybridLogicalClock.next(after: first, wallClockMS: first.ms, device: "phone")
/// assert(first < second)   // the same ms: the counter grew
/// ```
public struct HybridLogicalClock: Comparable, Hashable, Codable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970 UTC.
    public var ms: Int64
    /// Orders stamps made within the same millisecond.
    public var counter: Int64
    /// The id of the device that made the change.
    public var device: String

    /// Creates a stamp.
    public init(ms: Int64, counter: Int64, device: String) {
        self.ms = ms
        self.counter = counter
        self.device = device
    }

    /// Orders by `ms`, then `counter`, then `device` byte-wise.
    public static func < (lhs: HybridLogicalClock, rhs: HybridLogicalClock) -> Bool {
        if lhs.ms != rhs.ms { return lhs.ms < rhs.ms }
        if lhs.counter != rhs.counter { return lhs.counter < rhs.counter }
        return lhs.device.utf8.lexicographicallyPrecedes(rhs.device.utf8)
    }

    /// `date` in whole milliseconds since 1970 UTC, the unit of ``ms``.
    public static func ms(of date: Date) -> Int64 {
        let ms = (date.timeIntervalSince1970 * 1000).rounded(.down)
        return ms.isFinite ? Int64(max(-9.2e18, min(9.2e18, ms))) : 0
    }

    /// `ms.counter@device`, for logs and tests.
    public var description: String { "\(ms).\(counter)@\(device)" }

    /// The stamp for a local change, following the Sync API's clock rule:
    /// `ms = max(wallClockMS, lastSeen.ms)`, and `counter` one more than the
    /// last counter when `ms` did not advance, else 0.
    ///
    /// It never traps: a counter that cannot grow moves on to the next
    /// millisecond (counter 0), and a stamp at the very end of time
    /// (`Int64.max` for both) stays there.
    ///
    /// - parameter lastSeen: the greatest stamp this device has made or received.
    /// - parameter wallClockMS: this device's wall clock, in ms since 1970.
    /// - parameter device: this device's id.
    public static func next(after lastSeen: HybridLogicalClock?, wallClockMS: Int64, device: String)
        -> HybridLogicalClock
    {
        guard let lastSeen, lastSeen.ms >= wallClockMS else {
            return HybridLogicalClock(ms: wallClockMS, counter: 0, device: device)
        }
        let (counter, counterOverflows) = lastSeen.counter.addingReportingOverflow(1)
        guard counterOverflows else { return HybridLogicalClock(ms: lastSeen.ms, counter: counter, device: device) }
        let (ms, msOverflows) = lastSeen.ms.addingReportingOverflow(1)
        return msOverflows
            ? HybridLogicalClock(ms: .max, counter: .max, device: device)
            : HybridLogicalClock(ms: ms, counter: 0, device: device)
    }
}
