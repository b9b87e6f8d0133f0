import Foundation
import ReaderFeeds
import ReaderModels
import Testing

@Suite struct RSSParserTests {
    @Test func readsRSS1RDF() throws {
        let feed = try parseFixture("rss/rdf-1.0.xml")
        #expect(feed.format == .rss)
        #expect(feed.title == "RSS 1.0 feed")
        #expect(feed.language == "en")
        let item = try #require(feed.items.first)
        #expect(feed.items.count == 1)
        #expect(item.uniqueID == "https://ip.example.org/news/jilin-ip.html")
        #expect(item.title == "Jilin Province IP office opens service station")
        #expect(item.author == "Jilin IPO")
        #expect(item.categories == ["Services"])
        #expect(item.published == (try instant("2020-04-25T02:00:00Z")))
        #expect(item.language == "en")
    }

    @Test func readsRSS091InLatin1() throws {
        let feed = try parseFixture("rss/rss-0.91.xml")
        #expect(feed.format == .rss)
        #expect(feed.language == "en-us")
        let item = try #require(feed.items.first)
        #expect(item.title == "Heilongjiang IP café opens")
        #expect(item.summary == "An IP café for startups opened in Harbin.")
        #expect(item.uniqueID == "https://ip.example.org/news/heilongjiang-ip-cafe.html")
        #expect(item.published == nil)
    }

    @Test func fallsBackFromGuidToLinkToHash() throws {
        let feed = try parseFixture("rss/no-guid.xml")
        #expect(feed.items.count == 4)
        #expect(feed.skipped.isEmpty)

        let linkOnly = feed.items[0]
        #expect(linkOnly.uniqueID == "https://ip.example.org/news/jiangsu-patent-pledge.html")
        #expect(linkOnly.url == linkOnly.uniqueID)

        let neither = feed.items[1]
        #expect(neither.url == nil)
        // FNV-1a 64 of the title and the date string as the feed writes them, worked out apart from this code.
        #expect(neither.uniqueID == "7add4567e5560c84")

        let untitled = feed.items[2]
        #expect(untitled.title == "Hubei Province resumed patent examination services in Wuhan after the epidemic…")
        // The same of the derived title and "Fri, 24 Apr 2020 08:00:00 GMT".
        #expect(untitled.uniqueID == "11feb184dbd199db")

        let permalink = feed.items[3]
        #expect(permalink.uniqueID == "https://ip.example.org/news/anhui-ip-court.html")
        #expect(permalink.url == "https://ip.example.org/news/anhui-ip-court.html")
    }

    @Test func hashedIDsAreStableAcrossParses() throws {
        let first = try parseFixture("rss/no-guid.xml")
        let second = try parseFixture("rss/no-guid.xml")
        #expect(first.items.map(\.uniqueID) == second.items.map(\.uniqueID))
    }

    @Test func skipsBrokenItemsAndKeepsTheRest() throws {
        let feed = try parseFixture("rss/broken-items.xml")
        #expect(feed.items.map(\.uniqueID) == ["shaanxi-cooperation", "gansu-gi"])
        #expect(feed.skipped.map(\.index) == [1, 2, 3])
        #expect(feed.skipped.allSatisfy { $0.reason == "no title, link or content" })
        #expect(feed.item("gansu-gi")?.published == nil)
    }

    @Test func decodesEntitiesAndCDATA() throws {
        let feed = try parseFixture("rss/entities-cdata.xml")
        #expect(feed.title == "Entities & CDATA")
        #expect(feed.item("double-escaped")?.title == "Double-escaped: Patents & Trademarks – 2020")
        #expect(feed.item("double-escaped")?.summary == "Patents & trademarks in 2020 …")
        #expect(feed.item("numeric")?.title == "Numeric: 中文 中文")
        #expect(feed.item("cdata-title")?.title == "CDATA title with bold & an entity")
        #expect(feed.item("cdata-title")?.summary == "First paragraph with a link. Second paragraph © 2020.")
        #expect(
            feed.item("escaped-html")?.contentHTML
                == "<p>Hainan Province <em>free trade port</em> IP rules.</p><p>Second   paragraph.</p>")
        #expect(feed.item("escaped-html")?.summary == "Hainan Province free trade port IP rules. Second paragraph.")
    }

    @Test func descriptionIsTheSummaryWhenThereIsContent() throws {
        let item = try #require(try parseFixture("rss/entities-cdata.xml").item("description-and-content"))
        #expect(item.summary == "A short summary.")
        #expect(item.contentHTML == "<p>The full body of the article, about Fujian Province.</p>")
    }

    @Test func repairsUndeclaredHTMLEntities() throws {
        let feed = try parseFixture("rss/undeclared-entities.xml")
        let item = try #require(feed.items.first)
        #expect(item.title == "Tianjin IP Week © 2020 — Beijing & Hebei")
        #expect(item.summary == "Cooperation…")
    }

    @Test func readsEveryDateVariant() throws {
        let feed = try parseFixture("rss/date-variants.xml")
        #expect(feed.items.count == 18)
        for item in feed.items {
            let expected = item.title == "none" ? nil : try instant(item.title)
            #expect(item.published == expected, "\(item.uniqueID)")
        }
    }

    @Test func dcDateIsTheUpdateWhenPubDateIsGiven() throws {
        let feed = try parseFixture("rss/seeds-v2.xml")
        let yunnan = try #require(feed.item("cnipa-yunnan-ip-week-2020"))
        #expect(yunnan.published == (try instant("2020-04-20T08:00:00Z")))
        #expect(yunnan.updated == (try instant("2020-04-21T08:00:00Z")))
        #expect(feed.item("cnipa-liaoning-ip-week-2020")?.updated == nil)
    }

    @Test func reducesTheAuthorElementToTheName() throws {
        let xml = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>a</title><author>press@example.org (Press Office)</author></item>
            <item><title>b</title><author>press@example.org</author></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.map(\.author) == ["Press Office", "press@example.org"])
    }

    @Test func readsNamespacedElementsByURINotPrefix() throws {
        let xml = """
            <rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/" xmlns:x="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://example.org/not-content/">
            <channel><title>t</title>
            <item><title>a</title><x:creator>Li Wei</x:creator><content:encoded>wrong</content:encoded>
            <c:encoded>&lt;p&gt;right&lt;/p&gt;</c:encoded></item>
            </channel></rss>
            """
        let item = try #require(try FeedParser.parse(Data(xml.utf8)).items.first)
        #expect(item.author == "Li Wei")
        #expect(item.contentHTML == "<p>right</p>")
    }

    @Test func readsRSS2WithADefaultNamespace() throws {
        let xml = """
            <rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>Namespaced</title>
            <item><title>Ningxia wolfberry trademark</title><guid>ningxia-1</guid></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "Namespaced")
        #expect(feed.items.map(\.uniqueID) == ["ningxia-1"])
    }
}
