/// Reads RFC 3339 / ISO 8601 dates (`2020-04-20T08:00:00.5+08:00` and its
/// common relaxations) into ``DateFields``.
enum ISO8601DateReader {
    /// First bytes of the separators after the year: `-`, `/`, `.`, and `年` (E5 B9 B4).
    static let separatorStarts: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), 0xE5]

    private static let yearMark: [UInt8] = Array("年".utf8)
    private static let monthMark: [UInt8] = Array("月".utf8)
    private static let dayMark: [UInt8] = Array("日".utf8)

    /// The fields of `bytes`, or nil if they are not such a date.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> DateFields? {
        var cursor = DateTextCursor(bytes)
        var fields = DateFields()
        cursor.skipSpaces()
        guard let year = cursor.digits(count: 4...4) else { return nil }
        fields.year = year
        let monthSeparator: [UInt8]
        if cursor.consume(yearMark) {
            monthSeparator = monthMark
        } else if let byte = cursor.peek, byte < 0x80, separatorStarts.contains(byte) {
            _ = cursor.consume(byte)
            monthSeparator = [byte]
        } else {
            return nil
        }
        guard let month = cursor.digits(count: 1...2), cursor.consume(monthSeparator),
            let day = cursor.digits(count: 1...2)
        else { return nil }
        fields.month = month
        fields.day = day
        if monthSeparator == monthMark { _ = cursor.consume(dayMark) }

        let hadSpace = cursor.skipSpaces()
        if cursor.isAtEnd { return fields }
        let hasTimeMarker = cursor.consume(UInt8(ascii: "T")) || cursor.consume(UInt8(ascii: "t"))
        guard hadSpace || hasTimeMarker, cursor.time(into: &fields) else { return nil }
        cursor.skipSpaces()
        guard let offset = DateZoneNames.readZone(&cursor, allowingUnknownNames: false) else { return nil }
        fields.offsetSeconds = offset
        cursor.skipSpaces()
        return cursor.isAtEnd ? fields : nil
    }
}
