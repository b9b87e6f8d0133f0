import Foundation
import ReaderFeeds
import Testing

/// A hostile feed cannot make one field hold more than 1 MiB.
@Suite struct FieldLimitsTests {
    static let mebibyte = 1 << 20

    @Test func capsAHugeRSSBody() throws {
        let huge = String(repeating: "知识产权 patent ", count: 200_000)  // about 3.4 MB
        let xml = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>Huge</title><guid>huge</guid><description>\(huge)</description></item>
            <item><title>Next</title><guid>next</guid></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.map(\.uniqueID) == ["huge", "next"])
        let content = try #require(feed.items.first?.contentHTML)
        #expect(content.utf8.count <= Self.mebibyte)
        #expect(content.utf8.count > Self.mebibyte - 16)
        #expect(huge.hasPrefix(content))
        #expect(feed.items.first?.summary?.count ?? 0 <= 301)
    }

    @Test func capsAHugeJSONFeedField() throws {
        let huge = String(repeating: "云南", count: 600_000)  // 3.6 MB
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "t",
             "items": [{"id": "huge", "title": "\(huge)", "content_html": "<p>\(huge)</p>"}]}
            """
        let item = try #require(try FeedParser.parse(Data(json.utf8)).items.first)
        #expect(item.contentHTML?.utf8.count ?? .max <= Self.mebibyte)
        #expect(item.title.utf8.count <= Self.mebibyte)
        #expect(item.title.allSatisfy { $0 == "云" || $0 == "南" })
    }

    @Test func capsTheNumberOfCategories() throws {
        let categories = (0..<1_000).map { "<category>c\($0)</category>" }.joined()
        let xml = "<rss version=\"2.0\"><channel><item><title>t</title>\(categories)</item></channel></rss>"
        let item = try #require(try FeedParser.parse(Data(xml.utf8)).items.first)
        #expect(item.categories.count == 256)
        #expect(item.categories.first == "c0")
    }
}
