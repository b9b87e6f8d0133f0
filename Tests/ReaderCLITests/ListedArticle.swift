import Foundation
import ReaderModels

/// One article as `reader list --json` prints it.
struct ListedArticle: Decodable, Hashable, Sendable {
    var id: String
    var title: String
    var url: String?
    var published: String
    var updated: String
    var provinces: [String]
    var read: Bool
    var bookmarked: Bool
    var source: Int64
    var sourceURL: String?
    var summary: String?
    var author: String?
    var language: String?
    var tags: [String]
    var image: String?
    var enclosures: [ListedEnclosure]?
    /// Only `show --json` prints it.
    var contentHTML: String?

    enum CodingKeys: String, CodingKey {
        case id, title, url, published, updated, provinces, read, bookmarked, source, summary, author, language, tags
        case image, enclosures
        case sourceURL = "source_url"
        case contentHTML = "content_html"
    }

    /// `updated` in whole milliseconds since 1970, whatever its RFC 3339 spelling.
    var updatedMilliseconds: Int64? { RFC3339.date(from: updated).map(Milliseconds.of) }

    /// What must match the server's copy: id, title and last edit.
    var content: ArticleContent {
        ArticleContent(id: id, title: title, updatedMilliseconds: updatedMilliseconds ?? -1)
    }
}

/// An enclosure as `list --json` prints it.
struct ListedEnclosure: Decodable, Hashable, Sendable {
    var url: String
    var type: String?
    var length: Int64?
    var duration: Int?
}

/// The part of an article that the client's cache and the server's dump both
/// show, keyed by the client's id.
struct ArticleContent: Hashable, Sendable, CustomStringConvertible {
    var id: String
    var title: String
    var updatedMilliseconds: Int64

    var description: String { "\(id) \"\(title)\" @\(updatedMilliseconds)" }
}

/// Dates in whole milliseconds, the Sync API's precision.
enum Milliseconds {
    static func of(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}

extension ReaderProcess {
    /// Every cached article matching `filters` (`list --json` without a useful limit).
    /// - throws: ``ReaderFailure`` if `list` fails, or a decoding error.
    func articles(_ filters: [String] = []) async throws -> [ListedArticle] {
        try await succeed(["list", "--json", "--limit", "1000000"] + filters).json([ListedArticle].self)
    }

    /// The ids of every cached article matching `filters`, newest first.
    func ids(_ filters: [String] = []) async throws -> [String] {
        try await articles(filters).map(\.id)
    }

    /// The number of changes `reader status` says wait in the outbox.
    /// - throws: ``ReaderFailure``, or ``UnexpectedOutput`` if no outbox line is printed.
    func outboxCount() async throws -> Int {
        let status = try await succeed(["status"])
        guard let match = status.stdout.firstMatch(of: /Outbox:\s+(\d+) change/), let count = Int(match.1) else {
            throw UnexpectedOutput(expected: "an `Outbox: N changes` line", run: status)
        }
        return count
    }
}

/// A run of `reader` printed something other than what a test can read.
struct UnexpectedOutput: Error, CustomStringConvertible {
    let expected: String
    let run: ReaderRun
    var description: String { "expected \(expected): \(run)" }
}
