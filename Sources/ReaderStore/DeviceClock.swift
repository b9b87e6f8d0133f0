public import ReaderModels

/// This device's hybrid logical clock, and what keeps it within the Sync
/// API's ``ClockBound``.
///
/// For example:
///
/// ```swift
/// let clock = try await library.store.status().clock
/// print(clock.last?.description ?? "no stamp yet", clock.offsetMS ?? 0, "\(clock.skippedClocks) skipped")
/// ```
public struct DeviceClock: Sendable, Equatable {
    /// The greatest stamp this device has made or taken from a received
    /// clock; `nil` before the first.
    public var last: HybridLogicalClock?
    /// A server's time less this device's wall clock, in ms, as learned when
    /// a server refused clocks too far ahead (negative: this device's clock
    /// runs ahead); local changes are stamped by the wall clock plus it.
    /// `nil` if no server ever refused.
    public var offsetMS: Int64?
    /// Received state changes skipped because their clock was out of bounds
    /// (more than the bound past the answer's time, or a counter of 2^31 or
    /// more), over the cache's life. None of them was applied or moved the clock.
    public var skippedClocks: Int

    /// Creates a clock description.
    public init(last: HybridLogicalClock? = nil, offsetMS: Int64? = nil, skippedClocks: Int = 0) {
        self.last = last
        self.offsetMS = offsetMS
        self.skippedClocks = skippedClocks
    }
}

/// What merging a page of received state changes did.
package struct RemoteMergeResult: Sendable, Equatable {
    /// Changes that won and were applied.
    package var applied: Int
    /// Changes skipped because their clock was out of bounds.
    package var skipped: Int

    /// Creates a result.
    package init(applied: Int = 0, skipped: Int = 0) {
        self.applied = applied
        self.skipped = skipped
    }
}
