import Foundation
import ReaderFeeds
import ReaderTestSupport
import Testing

@Suite struct ChunkedReadingTests {
    /// The chunks `FeedParser.read` hands over for the fixture at `path`.
    private func chunks(of path: String, chunkSize: Int, stopAfter limit: Int = .max) throws -> [ParsedFeed] {
        var chunks: [ParsedFeed] = []
        try FeedParser.read(Fixtures.data("feeds/" + path), chunkSize: chunkSize) { chunk in
            chunks.append(chunk)
            return chunks.count < limit
        }
        return chunks
    }

    @Test(
        "chunks hand over the same items, skips and feed fields as one parse, chunkSize at a time",
        arguments: ["rss/broken-items.xml", "rss/no-guid.xml", "atom/seeds.xml", "jsonfeed/seeds.json", "rss/gbk-chinese.xml"],
        [1, 2, 3])
    func chunksAddUpToTheWholeFeed(path: String, chunkSize: Int) throws {
        let whole = try parseFixture(path)
        let chunks = try chunks(of: path, chunkSize: chunkSize)
        #expect(chunks.flatMap(\.items) == whole.items)
        #expect(chunks.flatMap(\.skipped) == whole.skipped)
        let last = try #require(chunks.last)
        #expect(last.title == whole.title && last.language == whole.language && last.homePageURL == whole.homePageURL)
        #expect(last.format == whole.format)
        for chunk in chunks.dropLast() {
            #expect(chunk.items.count + chunk.skipped.count == chunkSize)
        }
        #expect(last.items.count + last.skipped.count <= chunkSize)
        let documentItems = whole.items.count + whole.skipped.count
        #expect(chunks.count == documentItems / chunkSize + 1)
    }

    @Test("returning false stops reading: no further chunk, not even the last", arguments: ["rss/no-guid.xml", "jsonfeed/seeds.json"])
    func stopping(path: String) throws {
        let chunks = try chunks(of: path, chunkSize: 1, stopAfter: 1)
        #expect(chunks.count == 1)
        #expect(chunks[0].items.count == 1)
    }

    @Test func undeclaredEntitiesHandOverEveryItemAtLeastOnce() throws {
        let whole = try parseFixture("rss/undeclared-entities.xml")
        let chunks = try chunks(of: "rss/undeclared-entities.xml", chunkSize: 1)
        var firstSeen: [String] = []
        for id in chunks.flatMap(\.items).map(\.uniqueID) where !firstSeen.contains(id) {
            firstSeen.append(id)
        }
        #expect(!whole.items.isEmpty)
        #expect(firstSeen == whole.items.map(\.uniqueID))
    }

    @Test func aDocumentThatBreaksOffHandsOverItsCompleteItemsThenTheDamage() throws {
        let items = (1...5).map { "<item><guid>g\($0)</guid><title>Patent \($0)</title></item>" }.joined()
        let document = Data(("<rss version=\"2.0\"><channel><title>T</title>" + items + "<item><title>cut").utf8)
        var chunks: [ParsedFeed] = []
        try FeedParser.read(document, chunkSize: 2) { chunk in
            chunks.append(chunk)
            return true
        }
        #expect(chunks.map { $0.items.map(\.uniqueID) } == [["g1", "g2"], ["g3", "g4"], ["g5"]])
        #expect(chunks.map { $0.damage == nil } == [true, true, false])
        #expect(chunks.last?.skipped.map(\.index) == [5])
    }

    @Test func aDocumentThatBreaksOffBeforeAnyCompleteItemThrows() throws {
        let document = Data(#"<rss version="2.0"><channel><title>T</title><item><title>cut"#.utf8)
        #expect(throws: FeedParseError.self) {
            try FeedParser.read(document, chunkSize: 2) { _ in true }
        }
    }
}
