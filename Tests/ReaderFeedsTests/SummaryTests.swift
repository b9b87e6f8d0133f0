import Foundation
import ReaderFeeds
import Testing

/// Summaries and titles derived from item bodies.
@Suite struct SummaryTests {
    /// An RSS document with one item made of `elements`.
    func parseItem(_ elements: String) throws -> ParsedItem {
        let xml = "<rss version=\"2.0\"><channel><title>t</title><item>\(elements)</item></channel></rss>"
        return try #require(try FeedParser.parse(Data(xml.utf8)).items.first)
    }

    @Test func shortBodiesAreTheWholeSummary() throws {
        let item = try parseItem("<title>t</title><description>&lt;p&gt;Short &amp;amp; sweet.&lt;/p&gt;</description>")
        #expect(item.summary == "Short & sweet.")
    }

    @Test func longLatinBodiesAreCutAtAWordBoundary() throws {
        let sentence = "Intellectual property protection keeps improving across the province. "
        let body = String(repeating: sentence, count: 10)
        let item = try parseItem("<title>t</title><description>\(body)</description>")
        let summary = try #require(item.summary)
        #expect(summary.hasSuffix("…"))
        #expect(summary.count <= 301)
        #expect(summary.count >= 200)
        let words = Set(body.split(separator: " ").map(String.init))
        let lastWord = String(summary.dropLast().split(separator: " ").last ?? "")
        #expect(words.contains(lastWord) || words.contains(lastWord + "."))
    }

    @Test func longCJKBodiesAreCutAtThreeHundredCharacters() throws {
        let body = String(repeating: "云南省知识产权宣传周活动全面启动。", count: 30)
        let item = try parseItem("<title>t</title><description>\(body)</description>")
        let summary = try #require(item.summary)
        #expect(summary.count == 301)
        #expect(summary.hasPrefix("云南省知识产权宣传周活动全面启动。云南省"))
        #expect(summary.hasSuffix("…"))
    }

    @Test func missingTitleComesFromTheText() throws {
        let item = try parseItem("<description>&lt;p&gt;广东省知识产权局发布2019年专利统计数据。&lt;/p&gt;</description>")
        #expect(item.title == "广东省知识产权局发布2019年专利统计数据。")
        let long = try parseItem("<description>\(String(repeating: "专利", count: 100))</description>")
        #expect(long.title.count == 81)
        #expect(long.title.hasSuffix("…"))
    }

    @Test func missingTitleAndTextFallsBackToTheLink() throws {
        let item = try parseItem("<link>https://ip.example.org/news/1.html</link>")
        #expect(item.title == "https://ip.example.org/news/1.html")
        #expect(item.summary == nil)
        #expect(item.uniqueID == "https://ip.example.org/news/1.html")
    }

    @Test func titlesLoseTagsAndExtraWhitespace() throws {
        let item = try parseItem("<title>\n   Hainan &lt;em&gt;free&lt;/em&gt;\n   trade port  </title>")
        #expect(item.title == "Hainan free trade port")
    }
}
