public import Foundation

/// How a sync retries transient failures: timeouts, resets, 5xx, 429 and 503.
///
/// Delays grow exponentially with full jitter; a server's `Retry-After` is
/// honoured up to ``retryAfterCap``. After ``maxAttempts`` the sync fails.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts per request, the first included.
    public var maxAttempts: Int
    /// The delay ceiling before the second attempt; doubled after each failure.
    public var baseDelay: TimeInterval
    /// The longest computed delay.
    public var maxDelay: TimeInterval
    /// The longest `Retry-After` obeyed.
    public var retryAfterCap: TimeInterval

    /// Creates a policy.
    public init(maxAttempts: Int = 6, baseDelay: TimeInterval = 0.25, maxDelay: TimeInterval = 8, retryAfterCap: TimeInterval = 30) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryAfterCap = retryAfterCap
    }

    /// The default: 6 attempts, 0.25 s doubling to at most 8 s, `Retry-After` up to 30 s.
    public static let standard = RetryPolicy()

    /// The wait before attempt `attempt + 1` (attempt counts from 1): the
    /// server's `Retry-After` if given (capped), else a random delay up to the
    /// exponential ceiling.
    public func delay(afterAttempt attempt: Int, retryAfter: TimeInterval?) -> TimeInterval {
        if let retryAfter { return min(max(0, retryAfter), retryAfterCap) }
        let ceiling = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return Double.random(in: 0...ceiling)
    }

    /// Seconds to wait from a `Retry-After` value: delta seconds or an HTTP date.
    public static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> TimeInterval? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = TimeInterval(value) { return seconds }
        return httpDate(value).map { max(0, $0.timeIntervalSince(now)) }
    }

    /// An HTTP date in its preferred form, `Sun, 06 Nov 1994 08:49:37 GMT`.
    static func httpDate(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value)
    }
}
