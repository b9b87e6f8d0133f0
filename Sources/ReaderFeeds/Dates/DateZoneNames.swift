/// Time zone abbreviations feeds write, and how to read the zone part of a date.
enum DateZoneNames {
    /// Offsets in seconds east of UTC, by lowercase abbreviation.
    ///
    /// The RFC 822 names come first; `CST` is US Central as RFC 822 says, even
    /// though Chinese sites sometimes mean China Standard Time by it. The rest
    /// are common enough in the wild and unambiguous in practice
    /// (`IST` is read as India).
    static let offsets: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0,
        "est": -5 * hour, "edt": -4 * hour, "cst": -6 * hour, "cdt": -5 * hour,
        "mst": -7 * hour, "mdt": -6 * hour, "pst": -8 * hour, "pdt": -7 * hour,
        "akst": -9 * hour, "akdt": -8 * hour, "hst": -10 * hour,
        "wet": 0, "west": hour, "bst": hour, "cet": hour, "cest": 2 * hour, "met": hour, "mest": 2 * hour,
        "eet": 2 * hour, "eest": 3 * hour, "msk": 3 * hour, "ist": 5 * hour + 30 * 60,
        "hkt": 8 * hour, "sgt": 8 * hour, "awst": 8 * hour, "jst": 9 * hour, "kst": 9 * hour,
        "aest": 10 * hour, "aedt": 11 * hour, "nzst": 12 * hour, "nzdt": 13 * hour,
    ]

    /// Names after which a numeric offset may follow, as in `GMT+8` or `UTC+08:00`.
    static let universal: Set<String> = ["gmt", "ut", "utc"]

    private static let hour = 3_600

    /// Reads an optional zone at the cursor: `Z`, a numeric offset, or a name
    /// (optionally followed by an offset). With `allowingUnknownNames`,
    /// unknown names and military letters count as UTC. Returns nil for a
    /// malformed numeric offset or a name that is not allowed.
    static func readZone(_ cursor: inout DateTextCursor, allowingUnknownNames: Bool) -> Int? {
        guard let byte = cursor.peek else { return 0 }
        if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            _ = cursor.consume(byte)
            return cursor.numericOffset(sign: byte)
        }
        guard isASCIILetter(byte) else { return 0 }
        let name = cursor.word()
        if universal.contains(name), let sign = cursor.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            _ = cursor.consume(sign)
            return cursor.numericOffset(sign: sign)
        }
        return offsets[name] ?? (allowingUnknownNames ? 0 : nil)
    }
}
