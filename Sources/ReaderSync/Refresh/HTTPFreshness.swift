import Foundation
import ReaderHTTP

/// How long a response stays fresh by its HTTP caching headers (RFC 9111,
/// as a private cache reads them).
///
/// `Cache-Control: no-store`, `no-cache` or `must-revalidate` with no
/// lifetime make it stale at once; `max-age` wins over `Expires`, which
/// counts from the response's `Date` (or `now`); `Age` is subtracted. No
/// heuristic freshness: without an explicit lifetime a feed is always asked.
enum HTTPFreshness {
    /// Seconds `response` stays fresh from `now`, or `nil` when it is stale already.
    static func lifetime(of response: HTTPResponse, now: Date) -> TimeInterval? {
        let directives = cacheControl(response.header("Cache-Control"))
        if directives["no-store"] != nil || directives["no-cache"] != nil { return nil }
        var lifetime: TimeInterval?
        if let maxAge = directives["max-age"].flatMap({ $0 }).flatMap(TimeInterval.init) {
            lifetime = maxAge
        } else if let expires = response.header("Expires").flatMap(httpDate) {
            let origin = response.header("Date").flatMap { RetryPolicy.httpDate($0.trimmingCharacters(in: .whitespaces)) } ?? now
            lifetime = expires.timeIntervalSince(origin)
        }
        let age = response.header("Age").flatMap(TimeInterval.init) ?? 0
        guard let remaining = lifetime.map({ $0 - max(0, age) }), remaining > 0 else { return nil }
        return remaining
    }

    /// The directives of a `Cache-Control` value, names lowercased, with their
    /// arguments unquoted (`nil` for a directive without one).
    static func cacheControl(_ value: String?) -> [String: String?] {
        var directives: [String: String?] = [:]
        for part in (value ?? "").split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1)
            let name = pieces[0].trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else { continue }
            let argument = pieces.count > 1
                ? pieces[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                : nil
            directives[name] = argument
        }
        return directives
    }

    /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`); an invalid date, such
    /// as the `Expires: 0` servers send to mean "already expired", is the distant past.
    static func httpDate(_ value: String) -> Date? {
        let value = value.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        return RetryPolicy.httpDate(value) ?? .distantPast
    }
}
