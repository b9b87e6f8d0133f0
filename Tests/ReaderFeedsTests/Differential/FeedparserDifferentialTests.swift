import Foundation
import ReaderFeeds
import ReaderTestSupport
import Testing

/// Reader and Python's feedparser (a well-known liberal parser) read the
/// repository's fixture feeds; they must agree on entry count, titles, links
/// and dates, except for the differences listed, each with the reason Reader is
/// right, in `Fixtures/feedparser-differences.json`.
///
/// The comparison: entries by position in the document (an entry Reader skips
/// is an `entry` difference); titles as plain text; dates to the second, with a
/// date one parser gives only as the other field counting for both (Reader's
/// `published` falls back to the update date). Every fixture is served from
/// `https://fixtures.example/feeds/<path>`.
@Suite struct FeedparserDifferentialTests {
    static let listPath = "feedparser-differences.json"

    @Test func readerAgreesWithFeedparserExceptWhereListed() throws {
        let list = try JSONDecoder().decode(DifferenceList.self, from: Fixtures.data(Self.listPath))
        let documents = try Self.fixtures(excluding: Array(list.excluded.keys)).map {
            FeedparserReference.Document(
                path: $0, contentType: list.contentTypes[$0], base: "https://fixtures.example/feeds/" + $0)
        }
        #expect(documents.count >= 20, "the fixtures were not found")
        let references = try FeedparserReference.read(documents)
        var found: Set<FeedDifference> = []
        for document in documents {
            let reference = try #require(references[document.path], "feedparser did not read \(document.path)")
            found.formUnion(try Self.differences(in: document, reference: reference))
        }
        let listed = Set(list.differences.map(\.difference))
        let unexplained = found.subtracting(listed).sorted()
        let stale = listed.subtracting(found).sorted()
        #expect(unexplained.isEmpty, "differences not in \(Self.listPath):\n\(Self.json(unexplained))")
        #expect(stale.isEmpty, "listed differences that no longer occur:\n\(Self.json(stale))")
        for explained in list.differences {
            #expect(!explained.reason.isEmpty, "no reason given for \(explained.difference)")
        }
    }

    /// How Reader's reading of `document` differs from feedparser's.
    static func differences(
        in document: FeedparserReference.Document, reference: FeedparserReference.Reading
    ) throws -> [FeedDifference] {
        let data = try Fixtures.data("feeds/" + document.path)
        let positions: [ParsedItem?]
        do {
            positions = try byPosition(
                FeedParser.parse(data, contentType: document.contentType, baseURL: document.base))
        } catch {
            positions = []
        }
        var found: [FeedDifference] = []
        func note(_ item: Int?, _ field: String, _ reader: String?, _ feedparser: String?) {
            if reader != feedparser {
                found.append(
                    FeedDifference(
                        file: document.path, item: item, field: field, reader: reader, feedparser: feedparser))
            }
        }
        note(nil, "count", String(positions.count), String(reference.items.count))
        for (index, (ours, theirs)) in zip(positions, reference.items).enumerated() {
            guard let ours else {
                note(index, "entry", nil, theirs.title ?? theirs.link ?? "an entry")
                continue
            }
            note(index, "title", ours.title, theirs.title)
            note(index, "link", ours.url, theirs.link)
            note(index, "published", seconds(ours.published ?? ours.updated), seconds(theirs.published ?? theirs.updated))
            note(index, "updated", seconds(ours.updated ?? ours.published), seconds(theirs.updated ?? theirs.published))
        }
        return found
    }

    /// The feed's entries in document order, nil where an entry was skipped.
    static func byPosition(_ feed: ParsedFeed) -> [ParsedItem?] {
        var positions: [ParsedItem?] = []
        var items = feed.items.makeIterator()
        let skipped = Set(feed.skipped.map(\.index))
        for index in 0..<(feed.items.count + feed.skipped.count) {
            positions.append(skipped.contains(index) ? nil : items.next())
        }
        return positions
    }

    static func seconds(_ date: Date?) -> String? {
        date.map { String(Int($0.timeIntervalSince1970.rounded(.down))) }
    }

    static func seconds(_ value: Int?) -> String? {
        value.map(String.init)
    }

    /// Every feed fixture's path under `Fixtures/feeds/`, sorted, but the excluded.
    static func fixtures(excluding excluded: [String]) throws -> [String] {
        let root = Fixtures.url("feeds")
        let names = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        return names.filter { path in
            ["xml", "json", "html", "rss", "atom"].contains((path as NSString).pathExtension)
                && !excluded.contains { path == $0 || path.hasPrefix($0 + "/") }
        }.sorted()
    }

    static func json(_ differences: [FeedDifference]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return differences.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) }
            .joined(separator: ",\n")
    }
}
