/// Item numbers as the Google Reader API writes them: the long form
/// `tag:google.com,2005:reader/item/` + 16 lowercase hex digits, and the
/// decimal form, the same 64 bits read as a signed `Int64`.
enum GReaderItemID {
    static let longFormPrefix = "tag:google.com,2005:reader/item/"

    /// The long form of `item`.
    static func longForm(_ item: Int64) -> String {
        let digits = String(UInt64(bitPattern: item), radix: 16)
        return longFormPrefix + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The decimal form of `item` (negative above 2^63, as Google's was).
    static func decimal(_ item: Int64) -> String {
        String(item)
    }

    /// The item number `text` names: the long form, signed decimal, or bare
    /// hex; bare hex made only of digits is read as decimal, as FreshRSS does.
    /// `nil` for anything else.
    static func parse(_ text: String) -> Int64? {
        if text.hasPrefix(longFormPrefix) {
            return hex(text.dropFirst(longFormPrefix.count))
        }
        if let decimal = Int64(text) { return decimal }
        if let unsigned = UInt64(text) { return Int64(bitPattern: unsigned) }
        return hex(Substring(text))
    }

    private static func hex(_ digits: Substring) -> Int64? {
        guard (1...16).contains(digits.count), let value = UInt64(digits, radix: 16) else { return nil }
        return Int64(bitPattern: value)
    }
}
