/// How slow a transfer may run before a transport aborts it.
///
/// A transfer that moves fewer than ``bytesPerSecond`` bytes per second,
/// on average over ``seconds`` seconds in a row, fails with
/// ``TransportError/tooSlow(bytesPerSecond:seconds:)``. The wait for the
/// answer counts: a server that takes ``seconds`` to start answering is
/// too slow too.
///
/// For example, a test's trickling server:
///
/// ```swift
/// let limit = LowSpeedLimit(bytesPerSecond: 100, seconds: 1)
/// ```
public struct LowSpeedLimit: Sendable, Equatable {
    /// The slowest average speed, in bytes per second (at least 1).
    public var bytesPerSecond: Int
    /// For how many seconds in a row a transfer may run slower (at least 1).
    public var seconds: Int

    /// Creates a limit.
    public init(bytesPerSecond: Int, seconds: Int) {
        self.bytesPerSecond = max(1, bytesPerSecond)
        self.seconds = max(1, seconds)
    }

    /// The default: under 1 KB/s for 30 s aborts.
    public static let standard = LowSpeedLimit(bytesPerSecond: 1024, seconds: 30)

    /// The error of a transfer that broke this limit.
    package var error: TransportError { .tooSlow(bytesPerSecond: bytesPerSecond, seconds: seconds) }
}
