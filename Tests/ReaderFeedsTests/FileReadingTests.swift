import Foundation
@testable import ReaderFeeds
import ReaderTestSupport
import Testing

/// Issue 14: a feed in a file (a body the transport wrote to disk) reads
/// exactly as the same bytes in memory, and plain UTF-8 XML is parsed from
/// the file as it is read.
@Suite struct FileReadingTests {
    /// Every chunk (or the error) `read` hands over, in order.
    private static func chunks(
        _ read: (_ receive: (ParsedFeed) -> Bool) throws(FeedParseError) -> Void
    ) -> Result<[ParsedFeed], FeedParseError> {
        var chunks: [ParsedFeed] = []
        do throws(FeedParseError) {
            try read { chunk in
                chunks.append(chunk)
                return true
            }
        } catch {
            return .failure(error)
        }
        return .success(chunks)
    }

    /// `data` written to a new temporary file, removed when `body` returns.
    private static func withFile<T>(_ data: Data, _ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-feed-\(UUID().uuidString)")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// Expects `data` to read the same from a file as from memory, in chunks of 2.
    private static func expectSameFromFile(_ data: Data, contentType: String? = nil, _ name: String) throws {
        let base = "https://ip.example/feeds/"
        let fromMemory = chunks { receive throws(FeedParseError) in
            try FeedParser.read(data, contentType: contentType, baseURL: base, chunkSize: 2, receive: receive)
        }
        let fromFile = try withFile(data) { url in
            chunks { receive throws(FeedParseError) in
                try FeedParser.read(contentsOf: url, contentType: contentType, baseURL: base, chunkSize: 2, receive: receive)
            }
        }
        #expect(fromFile == fromMemory, "\(name)")
    }

    static let fixtureNames: [String] = {
        let folder = Fixtures.url("feeds")
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath } ?? []
        return files.map { String($0.path.dropFirst(folder.path.count + 1)) }.sorted()
    }()

    @Test func thereAreFixturesToCompare() {
        #expect(Self.fixtureNames.count >= 40, "\(Self.fixtureNames)")
    }

    @Test(arguments: fixtureNames)
    func everyFixtureReadsTheSameFromAFile(name: String) throws {
        let data = try Fixtures.data("feeds/" + name)
        try Self.expectSameFromFile(data, name)
        try Self.expectSameFromFile(data, contentType: "application/xml; charset=GBK", name + " (GBK header)")
        try Self.expectSameFromFile(Data([0xEF, 0xBB, 0xBF]) + Data(" \n".utf8) + data, name + " (BOM, spaces)")
    }

    /// An RSS document of `count` items with Chinese titles, so that
    /// multi-byte characters fall across every mebibyte the check reads.
    private static func largeChineseFeed(count: Int, extra: String = "") -> Data {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>省知识产权</title>\n"
        for number in 0..<count {
            text += "<item><guid>item-\(number)</guid><title>云南省知识产权局 \(number)\(extra)</title>"
            text += "<description>昆明市专利申请量增长 \(String(repeating: "知识产权保护", count: 40))</description></item>\n"
        }
        return Data((text + "</channel></rss>\n").utf8)
    }

    @Test func aLargeUTF8DocumentIsParsedFromItsFileAndReadsTheSame() throws {
        let data = Self.largeChineseFeed(count: 5000)
        #expect(data.count > 4 << 20)
        try Self.withFile(data) { url in
            #expect(FeedFileInspection.streamableXMLStart(ofFileAt: url) == 0)
        }
        try Self.expectSameFromFile(data, "5,000 Chinese items")
    }

    @Test func aByteThatIsNotUTF8PastTheHeadSendsTheDocumentThroughTheDecoder() throws {
        var data = Self.largeChineseFeed(count: 3000)
        data[data.count / 2] = 0xFF
        try Self.withFile(data) { url in
            #expect(FeedFileInspection.streamableXMLStart(ofFileAt: url) == nil)
        }
        try Self.expectSameFromFile(data, "an invalid byte half way")
    }

    @Test(arguments: [
        ("rss/gbk-chinese.xml", false), ("rss/utf16-bom.xml", false), ("wild/utf8-declared-windows-1252.xml", false),
        ("jsonfeed/seeds.json", false), ("rss/seeds.xml", true), ("atom/seeds.xml", true),
    ])
    func onlyPlainUTF8XMLIsParsedFromItsFile(name: String, streams: Bool) throws {
        try Self.withFile(try Fixtures.data("feeds/" + name)) { url in
            #expect((FeedFileInspection.streamableXMLStart(ofFileAt: url) != nil) == streams, "\(name)")
        }
    }

    @Test func aFileThatCannotBeReadIsAClearError() {
        let missing = URL(fileURLWithPath: "/nonexistent/reader-feed.xml")
        let result = Self.chunks { receive throws(FeedParseError) in
            try FeedParser.read(contentsOf: missing, chunkSize: 10, receive: receive)
        }
        #expect(result == .failure(.unreadableFile(path: missing.path)))
    }

    @Test func aSequenceCutByARead() {
        let cut: [UInt8] = Array("ab知".utf8.dropLast())
        #expect(UTF8Validation.lengthOfCompleteSequences(in: cut) == 2)
        #expect(UTF8Validation.lengthOfCompleteSequences(in: Array("ab知".utf8)) == 5)
        #expect(UTF8Validation.lengthOfCompleteSequences(in: Array("abc".utf8)) == 3)
    }
}
