/// Percent-encoding for the Google Reader API's query strings, form bodies
/// (`application/x-www-form-urlencoded`) and stream ids in paths.
///
/// Every byte of the UTF-8 text but the unreserved `A-Z a-z 0-9 - . _ ~`
/// (and, in a path, `/`) is written `%XX`, so a password holding `&`, `+`,
/// `=` or `%` reaches the server as it was typed.
///
/// For example:
/// ```swift
/// GReaderFormEncoding.encoded([("Email", "alice"), ("Passwd", "a&b=c+d%")])
/// // "Email=alice&Passwd=a%26b%3Dc%2Bd%25"
/// ```
enum GReaderFormEncoding {
    /// `fields` as `name=value` pairs joined by `&`, each part percent-encoded,
    /// in order (a name may repeat, as `i=` does).
    static func encoded(_ fields: [(name: String, value: String)]) -> String {
        fields.map { escaped($0.name) + "=" + escaped($0.value) }.joined(separator: "&")
    }

    /// `text` percent-encoded, keeping unreserved characters, and `/` too
    /// when `keepingSlashes` (a stream id in a path: `user/-/label/X`).
    static func escaped(_ text: String, keepingSlashes: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) || (keepingSlashes && byte == UInt8(ascii: "/")) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0xF)])
            }
        }
        return result
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
