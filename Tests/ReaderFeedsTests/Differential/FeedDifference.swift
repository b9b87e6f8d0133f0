/// One way Reader's reading of a fixture differs from feedparser's, as the
/// differential test finds it and as `Fixtures/feedparser-differences.json`
/// lists it (with the reason Reader is right).
struct FeedDifference: Codable, Hashable, Comparable {
    /// The fixture's path under `Fixtures/feeds/`.
    var file: String
    /// The entry's position in the document, from 0; nil for the document as a whole.
    var item: Int?
    /// `count`, `entry`, `title`, `link`, `published` or `updated`.
    var field: String
    /// Reader's value, as text (nil: none).
    var reader: String?
    /// feedparser's value, as text (nil: none).
    var feedparser: String?

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.item ?? -1, lhs.field) < (rhs.file, rhs.item ?? -1, rhs.field)
    }
}

/// The test data file: the documents' serving details and the known differences.
struct DifferenceList: Codable {
    /// A known difference and why Reader's reading is the right one.
    struct Explained: Codable {
        var difference: FeedDifference
        var reason: String

        init(from decoder: any Decoder) throws {
            difference = try FeedDifference(from: decoder)
            reason = try decoder.container(keyedBy: ReasonKey.self).decode(String.self, forKey: .reason)
        }

        func encode(to encoder: any Encoder) throws {
            try difference.encode(to: encoder)
            var container = encoder.container(keyedBy: ReasonKey.self)
            try container.encode(reason, forKey: .reason)
        }

        private enum ReasonKey: String, CodingKey { case reason }
    }

    /// Folders or files (paths under `Fixtures/feeds/`) left out, with the reason.
    var excluded: [String: String]
    /// The `Content-Type` a fixture is served with, by path (the default: none).
    var contentTypes: [String: String]
    var differences: [Explained]

    enum CodingKeys: String, CodingKey {
        case excluded
        case contentTypes = "content_types"
        case differences
    }
}
