/// Reads RFC 822 style dates (`Mon, 20 Apr 2020 08:00:00 GMT` and the many
/// ways feeds get it slightly wrong) into ``DateFields``.
///
/// The text is read as tokens in any order: a month name, a day, a year, a
/// time, a zone, and optionally a weekday (ignored), `AM`/`PM`, commas,
/// dashes and a parenthesised comment. Any other word makes it not a date.
enum RFC822DateReader {
    /// The fields of `bytes`, or nil if they are not such a date.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> DateFields? {
        var cursor = DateTextCursor(bytes)
        var fields = DateFields()
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var hasTime = false
        var offset: Int?
        var isPM: Bool?

        while let byte = cursor.peek {
            if skippable.contains(byte) {
                _ = cursor.consume(byte)
            } else if byte == UInt8(ascii: "(") {
                guard skipComment(&cursor) else { return nil }
            } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && hasTime && offset == nil {
                guard let zone = DateZoneNames.readZone(&cursor, allowingUnknownNames: true) else { return nil }
                offset = zone
            } else if byte == UInt8(ascii: "-") {
                _ = cursor.consume(byte)
            } else if isDigit(byte) {
                let start = cursor.index
                if cursor.isTimeNext {
                    guard !hasTime, cursor.time(into: &fields) else { return nil }
                    hasTime = true
                } else {
                    guard numbers.count < 2, let value = cursor.digits(count: 1...4) else { return nil }
                    numbers.append((value, cursor.index - start))
                }
            } else if isASCIILetter(byte) {
                var lookahead = cursor
                let word = lookahead.word()
                if month == nil, let number = monthNumber(word) {
                    month = number
                    cursor = lookahead
                } else if isWeekday(word) {
                    cursor = lookahead
                } else if word == "am" || word == "pm" {
                    isPM = word == "pm"
                    cursor = lookahead
                } else if hasTime && offset == nil && word.utf8.count <= 5 {
                    guard let zone = DateZoneNames.readZone(&cursor, allowingUnknownNames: true) else { return nil }
                    offset = zone
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }

        guard let month, let (day, year) = dayAndYear(numbers) else { return nil }
        fields.month = month
        fields.day = day
        fields.year = year
        if let isPM {
            guard hasTime, (1...12).contains(fields.hour) else { return nil }
            fields.hour = fields.hour % 12 + (isPM ? 12 : 0)
        }
        fields.offsetSeconds = offset ?? 0
        return fields
    }

    /// Whitespace and punctuation that only separates tokens.
    private static let skippable: Set<UInt8> = [
        0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "."),
    ]

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// 1...12 for a month name or an abbreviation of at least three letters (`Sept` too).
    private static func monthNumber(_ word: String) -> Int? {
        guard word.utf8.count >= 3 else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    private static func isWeekday(_ word: String) -> Bool {
        word.utf8.count >= 3 && weekdayNames.contains { $0.hasPrefix(word) }
    }

    /// The day and the year among the plain numbers: a four-digit number is
    /// the year; otherwise the first number is the day and the second the year
    /// (two digits: 00-49 are 20xx, 50-99 are 19xx; three digits: 1900 + n).
    private static func dayAndYear(_ numbers: [(value: Int, digits: Int)]) -> (Int, Int)? {
        guard numbers.count == 2 else { return nil }
        let (first, second) = (numbers[0], numbers[1])
        if first.digits == 4 {
            return second.digits <= 2 ? (second.value, first.value) : nil
        }
        guard first.digits <= 2 else { return nil }
        switch second.digits {
        case 4: return (first.value, second.value)
        case 3: return (first.value, 1900 + second.value)
        default: return (first.value, second.value < 50 ? 2000 + second.value : 1900 + second.value)
        }
    }

    /// Skips `( ... )`; false if it never closes.
    private static func skipComment(_ cursor: inout DateTextCursor) -> Bool {
        while let byte = cursor.peek {
            _ = cursor.consume(byte)
            if byte == UInt8(ascii: ")") { return true }
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
