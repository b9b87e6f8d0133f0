public import Foundation

/// Reads the dates feeds write, fast and forgivingly, by hand (no `DateFormatter`).
///
/// Two families are understood:
///
/// - RFC 822 / RFC 1123 dates of RSS, in their real-world variants: with or
///   without the weekday (a wrong weekday is ignored), full or abbreviated
///   month names in any case, single-digit days, two-digit years (00-49 are
///   20xx, 50-99 are 19xx), missing seconds or a missing time (midnight),
///   extra whitespace, numeric zones (`+0800`, `+08:00`, `GMT+8`) and named
///   zones (`GMT`, `UT`, `Z`, the US zones `EST`/`EDT`/`CST`/`CDT`/`MST`/`MDT`/
///   `PST`/`PDT` as RFC 822 defines them, so `CST` is US Central, not China,
///   and some other common ones such as `CET`, `JST` or `HKT`). Military
///   letters and unknown zone names count as UTC, and so does a missing zone.
///   `Mon Apr 20 08:00:00 +0800 2020` (ctime order) also reads.
/// - RFC 3339 / ISO 8601 dates of Atom and JSON Feed: `2020-04-20T08:00:00Z`
///   with or without fractional seconds or seconds, `Z` or an offset, a space
///   instead of `T`, or a date alone (midnight UTC); also `2020/04/20 08:00`
///   and `2020年4月20日 08:00`, which Chinese sites write.
///
/// For example:
///
/// ```swift
/// FeedDate.parse("Mon, 20 Apr 2020 16:00:00 +0800")  // 2020-04-20T08:00:00Z
/// FeedDate.parse("2020-04-20T08:00:00Z")             // the same instant
/// FeedDate.parse("yesterday")                        // nil
/// ```
public enum FeedDate {
    /// The instant `text` names, or nil if it is not a date in a known form.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes in
            let fields = startsLikeISO8601(bytes) ? ISO8601DateReader.read(bytes) : RFC822DateReader.read(bytes)
            return fields?.date
        }
    }

    /// True when the first non-blank characters are four digits and a date separator.
    private static func startsLikeISO8601(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = DateTextCursor(bytes)
        cursor.skipSpaces()
        guard cursor.digits(count: 4...4) != nil else { return false }
        return cursor.peek.map(ISO8601DateReader.separatorStarts.contains) ?? false
    }
}
