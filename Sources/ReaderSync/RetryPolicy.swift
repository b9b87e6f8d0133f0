public import Foundation

/// How a sync retries transient failures: timeouts, resets, too slow
/// transfers, 5xx, 429 and 503, and how long it may take in all.
///
/// Delays grow exponentially with full jitter; a server's `Retry-After` is
/// honoured up to ``retryAfterCap`` (a longer one ends the sync at once with
/// ``SyncError/serverAskedToWait(source:status:until:)``). A request fails
/// after ``maxAttempts`` attempts or ``requestTimeLimit`` seconds, whichever
/// comes first, and a source's whole sync after ``sourceTimeLimit`` seconds.
///
/// For example, a library that gives up sooner:
///
/// ```swift
/// let policy = RetryPolicy(maxAttempts: 3, requestTimeLimit: 30, sourceTimeLimit: 120)
/// let library = try ReaderLibrary(path: cachePath, transport: transport, policy: policy)
/// ```
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts per request, the first included.
    public var maxAttempts: Int
    /// The delay ceiling before the second attempt; doubled after each failure.
    public var baseDelay: TimeInterval
    /// The longest computed delay.
    public var maxDelay: TimeInterval
    /// The longest `Retry-After` obeyed.
    public var retryAfterCap: TimeInterval
    /// The longest one request may take, its attempts and the waits between
    /// them (`Retry-After` included) together: an attempt gets only the time
    /// left, and a wait that would end past it is not begun (the request
    /// fails with ``SyncError/retriesExhausted(source:lastCause:)``, or
    /// ``SyncError/serverAskedToWait(source:status:until:)`` when the server
    /// asked for that wait).
    public var requestTimeLimit: TimeInterval
    /// The longest one sync of one source may take, every request, retry and
    /// wait included; it then fails with
    /// ``SyncError/timeLimitReached(source:seconds:)``, keeping what it stored.
    public var sourceTimeLimit: TimeInterval

    /// Creates a policy.
    public init(
        maxAttempts: Int = 6, baseDelay: TimeInterval = 0.25, maxDelay: TimeInterval = 8,
        retryAfterCap: TimeInterval = 30, requestTimeLimit: TimeInterval = 120, sourceTimeLimit: TimeInterval = 600
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryAfterCap = retryAfterCap
        self.requestTimeLimit = max(0.001, requestTimeLimit)
        self.sourceTimeLimit = max(0.001, sourceTimeLimit)
    }

    /// The default: 6 attempts, 0.25 s doubling to at most 8 s, `Retry-After`
    /// up to 30 s, at most 2 minutes per request and 10 minutes per source.
    public static let standard = RetryPolicy()

    /// The wait before attempt `attempt + 1` (attempt counts from 1): the
    /// server's `Retry-After` if given (capped), else a random delay up to the
    /// exponential ceiling.
    public func delay(afterAttempt attempt: Int, retryAfter: TimeInterval?) -> TimeInterval {
        if let retryAfter { return min(max(0, retryAfter), retryAfterCap) }
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return Double.random(in: 0...ceiling)
    }

    /// Seconds to wait from a `Retry-After` value: delta seconds or an HTTP
    /// date, at most ``longestRetryAfter``; `nil` for anything else (`nan`, `inf`, junk).
    public static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> TimeInterval? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        let seconds = TimeInterval(value) ?? httpDate(value).map { $0.timeIntervalSince(now) }
        guard let seconds, seconds.isFinite else { return nil }
        return min(max(0, seconds), longestRetryAfter)
    }

    /// The longest wait a `Retry-After` can ask for, a week: a server that
    /// asks for more is asked again after a week.
    public static let longestRetryAfter: TimeInterval = 7 * 86_400

    /// An HTTP date in its preferred form, `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func httpDate(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value)
    }
}
