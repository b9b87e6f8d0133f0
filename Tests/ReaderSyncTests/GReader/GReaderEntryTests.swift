import Foundation
import ReaderModels
@testable import ReaderSync
import Testing

@Suite struct GReaderEntryTests {
    private func entry(_ json: String) throws -> GReaderEntry {
        try GReaderEntry(JSONDecoder().decode(GReaderWire.Item.self, from: Data(json.utf8)))
    }

    @Test func aFreshRSSItemIsNormalised() throws {
        let entry = try entry(GReaderBodies.item(
            "00000000000000ff", title: "Patents ＆ Trademarks ＜2025＞ &amp; more",
            extra: #","enclosure":[{"href":"https://news.example/a.mp3","type":"audio/mpeg","length":"1234"}]"#))
        #expect(entry.itemID.decimal == "255")
        #expect(entry.title == "Patents & Trademarks <2025> & more")
        #expect(entry.url == "https://news.example/00000000000000ff")
        #expect(entry.contentHTML == "<p>Story 00000000000000ff</p>")
        #expect(entry.author == "Li Wei")
        #expect(entry.published == Date(timeIntervalSince1970: 1_699_990_000))
        #expect(entry.updated == entry.published)
        #expect(entry.crawled == Date(timeIntervalSince1970: 1_700_000_000.123))
        #expect(entry.streamID == "feed/2" && entry.originTitle == "IP News" && entry.originHTMLURL == "https://news.example/")
        #expect(entry.folders == ["Patents"])
        #expect(!entry.isRead && !entry.isStarred)
        #expect(entry.enclosures == [Enclosure(url: "https://news.example/a.mp3", mimeType: "audio/mpeg", length: 1234)])
    }

    @Test func statesLabelsAndFeedCategoriesAreToldApart() throws {
        let entry = try entry("""
            {"id":"tag:google.com,2005:reader/item/0000000000000001","published":"1700000000",\
            "categories":["user/-/state/com.google/reading-list","user/1/state/com.google/read",\
            "user/-/state/com.google/starred","user/12/label/Kunming Office","Yunnan","专利"],\
            "content":{"content":"<p>x</p>"},"alternate":[{"href":"https://news.example/1"}]}
            """)
        #expect(entry.isRead && entry.isStarred)
        #expect(entry.folders == ["Kunming Office"])
        #expect(entry.feedCategories == ["Yunnan", "专利"])
        #expect(entry.contentHTML == "<p>x</p>")
        #expect(entry.url == "https://news.example/1")
        #expect(entry.published == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(entry.title == "")
    }

    @Test func anItemWithoutPublishedIsDatedByItsCrawlTime() throws {
        let entry = try entry(#"{"id":"-2","crawlTimeMsec":1700000000500}"#)
        #expect(entry.itemID.decimal == "-2")
        #expect(entry.published == Date(timeIntervalSince1970: 1_700_000_000.5))
    }
}
