import Foundation

/// The id of a Google Reader API item: one 64-bit number that servers write
/// in two forms.
///
/// - The long form, `tag:google.com,2005:reader/item/` and 16 hex digits,
///   as `stream/contents` gives an item's `id`.
/// - The decimal form, as `stream/items/ids` gives `itemRefs[].id`: the
///   number as a signed 64-bit integer, as Google wrote it (hex
///   `ffffffffffffffff` is `-1`).
///
/// Reader stores and sends ``decimal``. It never writes bare hex: a server
/// reads bare hex made only of digits (`0000000000000123`) as decimal.
///
/// For example:
/// ```swift
/// GReaderItemID("tag:google.com,2005:reader/item/000000000000001f")?.decimal  // "31"
/// GReaderItemID("-1")?.longForm  // "tag:google.com,2005:reader/item/ffffffffffffffff"
/// ```
struct GReaderItemID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The number, as a signed 64-bit integer.
    let value: Int64

    /// What the long form starts with.
    static let longFormPrefix = "tag:google.com,2005:reader/item/"

    /// The id whose number is `value`.
    init(_ value: Int64) {
        self.value = value
    }

    /// The id `text` writes in the long form (16 hex digits, either case) or
    /// in decimal (signed, or unsigned above `Int64.max`, read by its bit
    /// pattern); `nil` for anything else, bare hex included.
    init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix(Self.longFormPrefix) {
            let hex = text.dropFirst(Self.longFormPrefix.count)
            guard hex.count == 16, hex.allSatisfy(\.isHexDigit), let number = UInt64(hex, radix: 16) else { return nil }
            value = Int64(bitPattern: number)
        } else if let signed = Int64(text) {
            value = signed
        } else if let unsigned = UInt64(text) {
            value = Int64(bitPattern: unsigned)
        } else {
            return nil
        }
    }

    /// The decimal form, a signed 64-bit integer's text: what Reader stores and sends.
    var decimal: String { String(value) }

    /// The long form: the prefix and 16 lowercase hex digits.
    var longForm: String {
        let hex = String(UInt64(bitPattern: value), radix: 16)
        return Self.longFormPrefix + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The decimal form.
    var description: String { decimal }

    /// Orders by the signed number.
    static func < (lhs: GReaderItemID, rhs: GReaderItemID) -> Bool { lhs.value < rhs.value }
}
