import Foundation
import ReaderFeeds
import Testing

/// The two seed articles, published as RSS, Atom and JSON Feed, must read the same.
@Suite struct SeedFeedsTests {
    static let formats: [(path: String, format: FeedFormat)] = [
        ("rss/seeds", .rss), ("atom/seeds", .atom), ("jsonfeed/seeds", .jsonFeed),
    ]

    static func fileName(_ base: String, version: String) -> String {
        base + version + (base.hasPrefix("jsonfeed") ? ".json" : ".xml")
    }

    /// What the sync engine compares: id, link, title, dates, text.
    struct ComparedFields: Equatable {
        var uniqueID: String
        var url: String?
        var title: String
        var published: Date?
        var lastUpdate: Date?
        var summary: String?
        var plainText: String
        var author: String?
        var language: String?

        init(_ item: ParsedItem) {
            uniqueID = item.uniqueID
            url = item.url
            title = item.title
            published = item.published
            lastUpdate = item.updated ?? item.published
            summary = item.summary
            plainText = HTMLText.plainText(fromHTML: item.contentHTML ?? "")
            author = item.author
            language = item.language
        }
    }

    @Test(arguments: formats)
    func readsTheSeedArticles(path: String, format: FeedFormat) throws {
        let feed = try parseFixture(Self.fileName(path, version: ""))
        #expect(feed.format == format)
        #expect(feed.title == "CNIPA News: Local IP Work")
        #expect(feed.homePageURL == "https://english.cnipa.gov.cn/")
        #expect(feed.language == "en")
        #expect(feed.skipped.isEmpty)
        #expect(feed.items.map(\.uniqueID) == ["cnipa-liaoning-ip-week-2020", "cnipa-yunnan-ip-week-2020"])

        let liaoning = try #require(feed.item("cnipa-liaoning-ip-week-2020"))
        #expect(
            liaoning.title == "Launching Ceremony of IP Publicity Week 2020 of Liaoning Province & Shenyang City Held")
        #expect(liaoning.url == "https://english.cnipa.gov.cn/news/localipnews/2020/04/20/liaoning-ip-week-2020.html")
        #expect(liaoning.published == (try instant("2020-04-20T08:00:00Z")))
        #expect(liaoning.author == "CNIPA")
        #expect(liaoning.language == "en")
        #expect(liaoning.categories.isEmpty)
        let content = try #require(liaoning.contentHTML)
        #expect(content.hasPrefix("<p>On April 20, the launching ceremony"))
        #expect(content.components(separatedBy: "<p>").count - 1 == 4)
        let summary = try #require(liaoning.summary)
        #expect(
            summary.hasPrefix(
                "On April 20, the launching ceremony of IP Publicity Week 2020 of Liaoning Province & Shenyang City"))
        #expect(summary.hasSuffix("…"))
        #expect(summary.count <= 301)
    }

    @Test(arguments: ["", "-v2"])
    func allFormatsGiveEqualItems(version: String) throws {
        let feeds = try Self.formats.map { try parseFixture(Self.fileName($0.path, version: version)) }
        let items = feeds.map { $0.items.map(ComparedFields.init) }
        #expect(items[0].count == (version.isEmpty ? 2 : 3))
        #expect(items[1] == items[0])
        #expect(items[2] == items[0])
    }

    @Test(arguments: formats)
    func secondVersionHasOneUpdatedAndOneNewItem(path: String, format: FeedFormat) throws {
        let old = try parseFixture(Self.fileName(path, version: ""))
        let new = try parseFixture(Self.fileName(path, version: "-v2"))
        let oldByID = Dictionary(uniqueKeysWithValues: old.items.map { ($0.uniqueID, $0) })

        let added = new.items.filter { oldByID[$0.uniqueID] == nil }
        #expect(added.map(\.uniqueID) == ["cnipa-guangdong-ip-protection-report-2019"])
        #expect(added.first?.published == (try instant("2020-04-22T08:00:00Z")))

        let changed = new.items.filter { item in oldByID[item.uniqueID].map { $0 != item } ?? false }
        #expect(changed.map(\.uniqueID) == ["cnipa-yunnan-ip-week-2020"])
        let yunnan = try #require(changed.first)
        #expect(yunnan.title == "IP Publicity Week Events Launched Across Yunnan Province")
        #expect(yunnan.updated == (try instant("2020-04-21T08:00:00Z")))
        #expect(yunnan.published == (try instant("2020-04-20T08:00:00Z")))
        let oldYunnan = try #require(oldByID["cnipa-yunnan-ip-week-2020"])
        let newDate = try #require(yunnan.updated ?? yunnan.published)
        let oldDate = try #require(oldYunnan.updated ?? oldYunnan.published)
        #expect(newDate > oldDate)
    }
}
