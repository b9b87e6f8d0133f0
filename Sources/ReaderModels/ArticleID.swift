/// The local identifier of an article: 16 hexadecimal digits derived from its
/// source's URL and the id the source gives it (a guid, an Atom id, a JSON Feed
/// id, or a Sync API id).
///
/// Deriving it, rather than numbering rows, lets read state that arrives from
/// another device find its article before or after the article itself arrives.
///
/// For example:
///
/// ```swift
/// let id = ArticleID(sourceURL: "https://news.example/api", remoteID: "a-123")
/// print(id)  // 16 hex digits, the same on every device
/// ```
public struct ArticleID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    /// The 16 hexadecimal digits.
    public let rawValue: String

    /// Wraps an id read back from storage or typed by a user.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an id written as a literal, as tests do.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Derives the id of the item `remoteID` of the source at `sourceURL`.
    public init(sourceURL: String, remoteID: String) {
        var hash = StableHash()
        hash.combine(sourceURL)
        hash.combine(remoteID)
        self.rawValue = hash.hexDigits
    }

    /// Decodes the id from a plain JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the id as a plain JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The 16 hexadecimal digits.
    public var description: String { rawValue }

    /// Orders ids by their digits.
    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
