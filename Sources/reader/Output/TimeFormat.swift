import Foundation

/// Dates as the tables and text print them: local time (`TZ` honoured);
/// JSON keeps RFC 3339 in UTC (``RFC3339``).
enum TimeFormat {
    /// `2026-12-02 15:04:05` in the local time zone.
    static func local(_ date: Date) -> String {
        formatted(date, as: "yyyy-MM-dd HH:mm:ss")
    }

    /// `2026-12-02`, the day it is in the local time zone.
    static func localDay(_ date: Date) -> String {
        formatted(date, as: "yyyy-MM-dd")
    }

    private static func formatted(_ date: Date, as format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = format
        return formatter.string(from: date)
    }
}
