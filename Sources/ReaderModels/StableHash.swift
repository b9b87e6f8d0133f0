/// A 64-bit FNV-1a hash of UTF-8 text: stable across processes, platforms and
/// Swift versions, unlike `Hasher`.
///
/// Reader derives article ids from it, so its output must never change.
///
/// For example:
///
/// ```swift
/// var hash = StableHash()
/// hash.combine("https://news.example/api")
/// hash.combine("a-123")
/// print(hash.hexDigits)   // ArticleID(sourceURL: "https://news.example/api", remoteID: "a-123")
/// ```
public struct StableHash: Sendable {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of the parts combined so far.
    public private(set) var value: UInt64 = StableHash.offsetBasis

    /// Creates a hash of nothing.
    public init() {}

    /// Adds the UTF-8 bytes of `text`, then a 0 separator so that
    /// `("ab", "c")` and `("a", "bc")` hash differently.
    public mutating func combine(_ text: String) {
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* Self.prime
        }
        value = (value ^ 0) &* Self.prime
    }

    /// The hash as 16 lowercase hexadecimal digits.
    public var hexDigits: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
