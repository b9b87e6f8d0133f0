public import Foundation
public import ReaderModels

/// When a refresh of every source leaves a source alone: while its HTTP
/// caching says it is fresh, while its server asked to wait, and while it
/// backs off after failing several syncs in a row.
///
/// A forced refresh ignores all three. Freshness is capped, so a server that
/// sends `max-age` of a year is still asked daily.
///
/// For example:
///
/// ```swift
/// let refresh = RefreshPolicy(maxFreshness: 6 * 3600, failuresBeforeBackOff: 5)
/// let library = try ReaderLibrary(path: cachePath, transport: transport, refresh: refresh)
/// ```
public struct RefreshPolicy: Sendable, Equatable {
    /// The longest a fresh answer defers the next request.
    public var maxFreshness: TimeInterval
    /// Failed syncs in a row before the source backs off; earlier failures
    /// are tried again at the next refresh.
    public var failuresBeforeBackOff: Int
    /// The first back-off; it doubles with every further failure.
    public var backOffBase: TimeInterval
    /// The longest back-off.
    public var backOffCap: TimeInterval

    /// Creates a policy.
    public init(
        maxFreshness: TimeInterval = 24 * 3600, failuresBeforeBackOff: Int = 3, backOffBase: TimeInterval = 15 * 60,
        backOffCap: TimeInterval = 12 * 3600
    ) {
        self.maxFreshness = maxFreshness
        self.failuresBeforeBackOff = max(1, failuresBeforeBackOff)
        self.backOffBase = backOffBase
        self.backOffCap = backOffCap
    }

    /// The default: fresh for at most a day; back off after 3 failures in a
    /// row, for 15 minutes, doubling to at most 12 hours.
    public static let standard = RefreshPolicy()

    /// The deferral after a successful sync that found the answer fresh for `lifetime` seconds.
    public func deferral(afterSuccessFreshFor lifetime: TimeInterval?, now: Date) -> SourceDeferral? {
        guard let lifetime, lifetime > 0 else { return nil }
        return SourceDeferral(reason: .fresh, until: now.addingTimeInterval(min(lifetime, maxFreshness)))
    }

    /// The deferral after the `failures`-th failed sync in a row, given the
    /// time a server asked to wait until, if it did: whichever ends later.
    public func deferral(afterFailures failures: Int, serverAskedToWaitUntil retryAfter: Date?, now: Date)
        -> SourceDeferral?
    {
        var deferral = retryAfter.map { SourceDeferral(reason: .serverAskedToWait, until: $0) }
        if failures >= failuresBeforeBackOff {
            let wait = min(backOffCap, backOffBase * pow(2, Double(min(failures - failuresBeforeBackOff, 30))))
            let backOff = SourceDeferral(reason: .backingOff, until: now.addingTimeInterval(wait))
            if deferral.map({ $0.until < backOff.until }) ?? true { deferral = backOff }
        }
        return deferral.flatMap { $0.holds(at: now) ? $0 : nil }
    }
}
