import Foundation

/// Dates as the tables print them: local time (`TZ` honoured), to the minute or second.
enum TimeFormat {
    /// `2026-12-02 15:04:05` in the local time zone.
    static func local(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
