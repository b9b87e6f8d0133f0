import Foundation
import ReaderFeeds
import Testing

/// The date elements RSS feeds use beyond `pubDate`, and the channel's date
/// for items without one.
@Suite struct DateElementTests {
    @Test func modifiedElementsAreTheUpdateDate() throws {
        let feed = try parseFixture("wild/dates-modified.xml")
        let dates = feed.items.map { [$0.published, $0.updated] }
        #expect(
            dates == [
                [try instant("2025-08-26T02:00:00Z"), try instant("2025-08-26T10:30:00Z")],
                [try instant("2025-08-25T01:00:00Z"), try instant("2025-08-25T12:00:00Z")],
                [try instant("2025-08-03T09:00:00Z"), try instant("2025-08-04T09:00:00Z")],
                [try instant("2025-08-01T07:00:00Z"), try instant("2025-08-02T07:00:00Z")],
                [nil, nil],
            ])
    }

    @Test func lastBuildDateIsTheFeedsDate() throws {
        let feed = try parseFixture("wild/dates-modified.xml")
        #expect(feed.updated == (try instant("2025-08-27T06:00:00Z")))
    }

    @Test func channelPubDateWithoutLastBuildDate() throws {
        let xml = """
            <rss version="2.0"><channel><title>T</title><pubDate>Wed, 27 Aug 2025 05:00:00 +0000</pubDate>
            <item><title>Undated</title></item></channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.updated == (try instant("2025-08-27T05:00:00Z")))
        #expect(feed.items.first?.published == nil)
    }

    @Test func nonStandardFormsFeedsWrite() throws {
        #expect(FeedDate.parse("2025-08-26 10:00:00") == (try instant("2025-08-26T10:00:00Z")))
        #expect(FeedDate.parse("Tue, 26 Aug 2025 10:00 +0800") == (try instant("2025-08-26T02:00:00Z")))
        #expect(FeedDate.parse("Tue, 2 Sep 2025 09:05:00 +0800") == (try instant("2025-09-02T01:05:00Z")))
        #expect(FeedDate.parse("2025-08-26 10:00:00 +0800") == (try instant("2025-08-26T02:00:00Z")))
        #expect(FeedDate.parse("26 Aug 2025 10:00:00 GMT+8") == (try instant("2025-08-26T02:00:00Z")))
    }
}
