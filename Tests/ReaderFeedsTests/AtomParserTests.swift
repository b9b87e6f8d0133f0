import Foundation
import ReaderFeeds
import Testing

@Suite struct AtomParserTests {
    @Test func readsFeedMetadata() throws {
        let feed = try parseFixture("atom/xhtml-content.xml")
        #expect(feed.format == .atom)
        #expect(feed.title == "Atom & XHTML")
        #expect(feed.homePageURL == "https://ip.example.org/")
        #expect(feed.language == "en")
        #expect(feed.items.count == 3)
        #expect(feed.skipped.isEmpty)
    }

    @Test func readsXHTMLContentWithoutItsWrapper() throws {
        let feed = try parseFixture("atom/xhtml-content.xml")
        let entry = try #require(feed.item("urn:uuid:1d7c9a31-8e21-4f0a-b0a6-2c61e4a3f001"))
        #expect(entry.title == "Shanxi IP & Coal")
        #expect(entry.url == "https://ip.example.org/news/shanxi.html")
        #expect(entry.summary == "Plain <summary> text.")
        #expect(entry.categories == ["Enforcement"])
        #expect(entry.author == "Example IP News")
        let content = try #require(entry.contentHTML)
        #expect(!content.contains("<div"))
        #expect(
            content.hasPrefix(
                #"<p>First <a href="https://ip.example.org/shanxi">paragraph</a> about Shanxi.<br>Second line &amp; more.</p>"#
            ))
        #expect(content.hasSuffix("<ul><li>One</li><li>Two</li></ul>"))
        // Only `updated`: it is also the publication date.
        #expect(entry.published == (try instant("2020-04-26T00:00:00Z")))
        #expect(entry.updated == entry.published)
    }

    @Test func readsPlainTextContentAsParagraphs() throws {
        let feed = try parseFixture("atom/xhtml-content.xml")
        let entry = try #require(feed.item("urn:uuid:1d7c9a31-8e21-4f0a-b0a6-2c61e4a3f002"))
        #expect(entry.language == "zh-CN")
        #expect(entry.author == "内蒙古知识产权局")
        #expect(entry.contentHTML == "<p>第一段。<br>第一段第二行。</p><p>第二段 &lt;不是标签&gt;。</p>")
        #expect(entry.summary == "第一段。 第一段第二行。 第二段 <不是标签>。")
        #expect(entry.published == (try instant("2020-04-25T01:00:00Z")))
        #expect(entry.updated == (try instant("2020-04-25T02:00:00Z")))
    }

    @Test func readsHTMLTitleAndSummaryAndIgnoresTheSource() throws {
        let feed = try parseFixture("atom/xhtml-content.xml")
        let entry = try #require(feed.item("urn:uuid:1d7c9a31-8e21-4f0a-b0a6-2c61e4a3f003"))
        #expect(entry.title == "Qinghai GI products")
        #expect(entry.summary == "Geographical indications from Qinghai.")
        #expect(entry.contentHTML == "<p>Body about Qinghai.</p>")
        #expect(entry.updated == (try instant("2020-04-24T08:00:00Z")))
        #expect(entry.language == "en")
    }

    @Test func ignoresOutOfLineContent() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><id>e1</id><title>Video</title><content type="video/mp4" src="https://ip.example.org/v.mp4"/></entry>
            </feed>
            """
        let entry = try #require(try FeedParser.parse(Data(xml.utf8)).items.first)
        #expect(entry.uniqueID == "e1")
        #expect(entry.contentHTML == nil)
        #expect(entry.summary == nil)
    }
}
