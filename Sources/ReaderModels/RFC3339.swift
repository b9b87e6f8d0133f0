public import Foundation

/// Reads and writes RFC 3339 timestamps, the Sync API's date format.
///
/// For example:
///
/// ```swift
/// if let date = RFC3339.date(from: "2020-04-20T08:00:00+08:00") {
///     print(RFC3339.string(from: date))   // 2020-04-20T00:00:00.000Z
/// }
/// ```
public enum RFC3339 {
    /// Parses `2020-04-20T08:00:00Z`, with or without fractional seconds, with
    /// `Z` or a numeric offset; `nil` for anything else.
    public static func date(from text: String) -> Date? {
        if let date = try? Date(text, strategy: withFraction) { return date }
        return try? Date(text, strategy: withoutFraction)
    }

    /// Formats `date` in UTC with milliseconds, for example `2020-04-20T08:00:00.000Z`.
    public static func string(from date: Date) -> String {
        date.formatted(withFraction)
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let withoutFraction = Date.ISO8601FormatStyle(timeZone: .gmt)
}
