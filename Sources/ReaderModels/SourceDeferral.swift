public import Foundation

/// Why a refresh of every source leaves one source alone until a time.
///
/// A forced refresh (`reader sync --force`) ignores every deferral.
///
/// For example:
///
/// ```swift
/// for outcome in try await library.syncAll() {
///     if case .deferred(let deferral) = outcome.status {
///         print(outcome.source.url, "left alone until", deferral.until, "(\(deferral.reason.rawValue))")
///     }
/// }
/// ```
public struct SourceDeferral: Codable, Equatable, Hashable, Sendable {
    /// What the deferral is for.
    public enum Reason: String, Codable, CaseIterable, Sendable {
        /// The feed's HTTP caching (`Cache-Control: max-age`, `Expires`) says
        /// the copy on hand is still current.
        case fresh
        /// The server answered 429 or 503 with a `Retry-After` longer than a
        /// sync waits.
        case serverAskedToWait
        /// The source failed several syncs in a row; the wait doubles with
        /// every further failure, up to a cap, and a success ends it.
        case backingOff
    }

    /// Why.
    public var reason: Reason
    /// Until when.
    public var until: Date

    /// Creates a deferral.
    public init(reason: Reason, until: Date) {
        self.reason = reason
        self.until = until
    }

    /// Whether it still holds at `now`.
    public func holds(at now: Date) -> Bool { now < until }
}
