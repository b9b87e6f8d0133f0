import Foundation
import ReaderFeeds
import Testing

/// Ill-formed XML: repaired where it can be, else the complete items kept
/// and the document marked as damaged.
@Suite struct DamagedFeedTests {
    @Test func aDocumentCutInAnItemKeepsTheItemsBefore() throws {
        let feed = try parseFixture("wild/cut-mid-item.xml")
        #expect(feed.title == "Harbour Gazette")
        #expect(feed.items.map(\.uniqueID) == ["hg-101", "hg-102"])
        #expect(feed.items.map(\.summary) == ["New winter timetable from 1 September.", "Visitors can climb the tower on Saturday."])
        let skip = try #require(feed.skipped.first)
        #expect(feed.skipped.count == 1)
        #expect(skip.index == 2)
        #expect(
            skip.reason
                == "the document breaks off in it (malformed XML at line 24, column 68: "
                + "the document ends early, or has content after its root element)")
        guard case .malformedXML(let line, _, _) = feed.damage else {
            Issue.record("not marked as damaged: \(String(describing: feed.damage))")
            return
        }
        #expect(line == 24)
    }

    @Test func aDocumentCutInItsClosingTagKeepsAllItems() throws {
        let feed = try parseFixture("wild/cut-closing-tag.xml")
        #expect(feed.items.map(\.uniqueID) == ["hg-101", "hg-102"])
        #expect(feed.skipped.isEmpty)
        #expect(feed.damage != nil)
    }

    @Test func chunksBeforeTheBreakStayHandedOverAndTheLastCarriesTheDamage() throws {
        var chunks: [ParsedFeed] = []
        try FeedParser.read(try Data(contentsOf: fixtureURL("wild/cut-mid-item.xml")), chunkSize: 1) { chunk in
            chunks.append(chunk)
            return true
        }
        #expect(chunks.map { $0.items.map(\.uniqueID) } == [["hg-101"], ["hg-102"], []])
        #expect(chunks.map { $0.damage != nil } == [false, false, true])
        #expect(chunks.last?.skipped.map(\.index) == [2])
    }

    @Test func bareAmpersandsAreRepaired() throws {
        let feed = try parseFixture("wild/bare-ampersand.xml")
        #expect(feed.damage == nil)
        #expect(feed.homePageURL == "https://townhall.example.gov/news?lang=en&region=north")
        #expect(feed.items.map(\.title) == ["Budget Q & A session", "Road works on Main St"])
        #expect(feed.items[0].url == "https://townhall.example.gov/news.php?id=17&page=2")
        #expect(feed.items[0].uniqueID == "https://townhall.example.gov/news.php?id=17&page=2")
        #expect(feed.items[0].summary == "Residents' questions & the mayor's answers; parking & transport.")
    }

    @Test func undeclaredEntitiesAreRepaired() throws {
        let feed = try parseFixture("wild/undeclared-entity.xml")
        #expect(feed.damage == nil)
        #expect(feed.title == "Café Culture \u{2014} Weekly")
        #expect(feed.items.first?.title == "Espresso or filter? \u{201C}Both\u{201D}")
        #expect(feed.items.first?.summary == "Prices from £2 \u{2013} © Café Culture ™, &madeup; stays as written.")
        // An undeclared entity, then a bare `&`: both repaired in one pass.
        #expect(feed.items.last?.title == "Latte\u{2026} art")
        #expect(feed.items.last?.url == "https://cafe-culture.example.com/search?q=latte&sort=new")
        #expect(feed.items.last?.summary == "Hearts & tulips \u{2014} step by step.")
    }

    @Test func aDocumentBrokenBeforeAnyItemStillFails() throws {
        do {
            let feed = try parseFixture("malformed/truncated.xml")
            Issue.record("a document without one complete item parsed: \(feed)")
        } catch let FeedParseError.malformedXML(line, _, _) {
            #expect(line >= 6)
        }
    }

    private func fixtureURL(_ path: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/feeds/" + path)
    }
}
