import Foundation
import ReaderFeeds
import Testing

@Suite struct JSONFeedParserTests {
    @Test func readsVersion1_0() throws {
        let feed = try parseFixture("jsonfeed/v1-0.json")
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "JSON Feed 1.0 & friends")
        #expect(feed.homePageURL == "https://ip.example.org/")

        let guizhou = try #require(feed.item("20200427"))
        #expect(guizhou.title == "Guizhou & big data patents")
        #expect(guizhou.author == "Guizhou IPO")
        #expect(guizhou.categories == ["Patents", "Big data"])
        #expect(guizhou.summary == "Guizhou big data patents.")
        #expect(
            guizhou.contentHTML
                == "<p>Guizhou Province filed more big data patents.</p><p>A second paragraph &lt;with brackets&gt;.</p>"
        )
        #expect(guizhou.published == (try instant("2020-04-27T00:00:00Z")))
        #expect(guizhou.updated == guizhou.published)

        let chongqing = try #require(feed.item("chongqing-ip"))
        #expect(chongqing.title == "Chongqing Municipality set up an IP protection center for the automobile…")
        #expect(chongqing.language == "zh")
    }

    @Test func skipsItemsThatAreNotObjectsOrHaveNothing() throws {
        let feed = try parseFixture("jsonfeed/v1-0.json")
        #expect(feed.items.map(\.uniqueID) == ["20200427", "chongqing-ip"])
        #expect(
            feed.skipped == [
                SkippedItem(index: 1, reason: "not a JSON object"),
                SkippedItem(index: 3, reason: "no title, link or content"),
                SkippedItem(index: 4, reason: "not a JSON object"),
            ])
    }

    @Test func readsVersion1_1Authors() throws {
        let feed = try parseFixture("jsonfeed/seeds.json")
        #expect(feed.items.allSatisfy { $0.author == "CNIPA" })
        #expect(feed.items.allSatisfy { $0.language == "en" })
    }

    @Test func readsAJSONFeedWithAUTF8ByteOrderMark() throws {
        let json =
            #"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"云南"}]}"#
        let feed = try FeedParser.parse(Data([0xEF, 0xBB, 0xBF]) + Data(json.utf8))
        #expect(feed.items.first?.summary == "云南")
    }

    @Test func itemsTakeTheFeedAuthorAndFallBackToContentText() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "t", "authors": [{"name": "Xizang IPO"}],
             "items": [{"id": "1", "title": "Lhasa", "content_html": "", "content_text": "Plain & simple"}]}
            """
        let item = try #require(try FeedParser.parse(Data(json.utf8)).items.first)
        #expect(item.author == "Xizang IPO")
        #expect(item.contentHTML == "<p>Plain &amp; simple</p>")
    }
}
