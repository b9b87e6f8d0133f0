import Foundation
import ReaderFeeds
import ReaderTestSupport

/// Parses the fixture at `Fixtures/feeds/<path>`, as the sync engine would
/// had it fetched the document from `baseURL`.
func parseFixture(_ path: String, contentType: String? = nil, baseURL: String? = nil) throws -> ParsedFeed {
    try FeedParser.parse(Fixtures.data("feeds/" + path), contentType: contentType, baseURL: baseURL)
}

/// The instant an RFC 3339 timestamp names, read by Foundation (independently of ``FeedDate``).
func instant(_ rfc3339: String) throws -> Date {
    try Date(rfc3339, strategy: .iso8601)
}

extension ParsedFeed {
    /// The item with `uniqueID`.
    func item(_ uniqueID: String) -> ParsedItem? {
        items.first { $0.uniqueID == uniqueID }
    }
}
