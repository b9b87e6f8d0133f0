import Foundation

/// Writes dates as RFC 822 (with a four-digit year, as RSS and OPML use it),
/// always in GMT and with English names, whatever the locale:
/// `Tue, 02 Dec 2025 08:30:00 GMT`.
enum RFC822DateWriter {
    /// `date` as an RFC 822 date in GMT, to the second.
    static func string(from date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let fields = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekday = weekdays[(fields.weekday ?? 1) - 1]
        let month = months[(fields.month ?? 1) - 1]
        let time = [fields.hour, fields.minute, fields.second].map { twoDigits($0 ?? 0) }.joined(separator: ":")
        return "\(weekday), \(twoDigits(fields.day ?? 1)) \(month) \(fields.year ?? 1970) \(time) GMT"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
