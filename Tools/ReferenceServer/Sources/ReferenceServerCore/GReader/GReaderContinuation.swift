import ReaderModels

/// The opaque `continuation` of a stream page: the last item number given,
/// in hex, and a check digit pair, so a made-up or mangled value is refused
/// instead of silently skipping items.
enum GReaderContinuation {
    /// The continuation after `item`.
    static func encoded(after item: Int64) -> String {
        let digits = String(UInt64(bitPattern: item), radix: 16)
        return digits + check(of: digits)
    }

    /// The item number `text` continues after; `nil` when it is not a continuation this server gave.
    static func decoded(_ text: String) -> Int64? {
        guard text.count > 2 else { return nil }
        let digits = String(text.dropLast(2))
        guard text.hasSuffix(check(of: digits)), digits.count <= 16, let value = UInt64(digits, radix: 16) else {
            return nil
        }
        return Int64(bitPattern: value)
    }

    private static func check(of digits: String) -> String {
        var hash = StableHash()
        hash.combine("continuation")
        hash.combine(digits)
        return String(hash.hexDigits.suffix(2))
    }
}
