import Foundation
import ReaderFeeds
import Testing

/// Documents that cannot be read at all throw, each with the right case.
@Suite struct MalformedFeedTests {
    @Test func truncatedXML() throws {
        do {
            _ = try parseFixture("malformed/truncated.xml")
            Issue.record("a truncated document parsed")
        } catch let FeedParseError.malformedXML(line, column, message) {
            #expect(line >= 6)
            #expect(column > 0)
            #expect(!message.isEmpty)
        }
    }

    @Test func htmlPage() {
        #expect(throws: FeedParseError.unrecognizedFormat(hint: "an HTML page")) {
            try parseFixture("malformed/not-a-feed.html")
        }
    }

    @Test func xhtmlPageWithoutDoctype() {
        let page = #"<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>"#
        #expect(throws: FeedParseError.unrecognizedFormat(hint: "an HTML page")) {
            try FeedParser.parse(Data(page.utf8))
        }
    }

    @Test func otherXML() {
        let opml = #"<?xml version="1.0"?><opml version="2.0"><body/></opml>"#
        #expect(throws: FeedParseError.unrecognizedFormat(hint: "XML with root element <opml>")) {
            try FeedParser.parse(Data(opml.utf8))
        }
    }

    @Test func jsonThatIsNotAFeed() {
        #expect(throws: FeedParseError.malformedJSON(message: "no \"items\" array")) {
            try parseFixture("malformed/not-json-feed.json")
        }
        #expect(throws: FeedParseError.malformedJSON(message: "the top level is not an object")) {
            try FeedParser.parse(Data("[1, 2]".utf8))
        }
        #expect(throws: FeedParseError.malformedJSON(message: "\"version\" is not a JSON Feed version")) {
            try FeedParser.parse(Data(#"{"version": "2.0", "items": []}"#.utf8))
        }
    }

    @Test func invalidJSON() {
        #expect(throws: FeedParseError.malformedJSON(message: "not valid JSON")) {
            try FeedParser.parse(Data(#"{"version": "https://jsonfeed.org/version/1.1", "items": ["#.utf8))
        }
    }

    @Test func emptyDocuments() {
        #expect(throws: FeedParseError.empty) { try parseFixture("malformed/empty.xml") }
        #expect(throws: FeedParseError.empty) { try FeedParser.parse(Data(" \n\t\r\n".utf8)) }
        #expect(throws: FeedParseError.empty) { try FeedParser.parse(Data([0xEF, 0xBB, 0xBF])) }
    }

    @Test func binaryGarbage() {
        // Noise-like bytes starting with ')' (41): not '<', '{', whitespace or a byte order mark.
        let bytes = (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 197 &+ 41) }
        #expect(throws: FeedParseError.unrecognizedFormat(hint: "starts with neither '<' nor '{'")) {
            try FeedParser.parse(Data(bytes))
        }
    }

    @Test func xmlWithoutARootElement() {
        #expect(throws: FeedParseError.self) {
            try FeedParser.parse(Data(#"<?xml version="1.0"?>"#.utf8))
        }
    }
}
