import ArgumentParser
import Foundation
import ReaderCore

/// `reader list`: cached articles, newest first.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List cached articles, newest first.")

    @OptionGroup var options: GlobalOptions
    @OptionGroup var filters: ArticleFilters

    @Option(parsing: .unconditional, help: "Show at most this many articles.", transform: ArgumentValue.positiveCount)
    var limit = 20

    @Option(help: "Show the page after this article: the ID of the last one of the page before.")
    var before: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let cache = try options.openCacheForReading()
            var query = try await filters.query(in: cache)
            query.limit = limit
            if let before {
                guard let cursor = try await cache.cursor(of: ArticleID(rawValue: before)) else {
                    throw StoreError.articleNotFound(before)
                }
                query.before = cursor
            }
            let entries = try await cache.articles(query)
            if json {
                let sourceURLs = try await SourceURLs.byID(in: cache)
                print(try JSONOutput.text(of: entries.map { ArticleJSON(entry: $0, sourceURLs: sourceURLs) }))
            } else if entries.isEmpty {
                print(try await emptyListLine(in: cache))
            } else {
                print(
                    ArticleTable.render(
                        entries, width: Terminal.columns ?? ArticleTable.widest, colors: .forStream(STDOUT_FILENO)))
                let total = try await cache.count(query, atMost: Self.countedAtMost)
                let next = entries.count == limit ? entries.last.map { " · next page: --before \($0.id)" } ?? "" : ""
                let of = total >= Self.countedAtMost ? "\(Self.grouped(Self.countedAtMost))+" : Self.grouped(total)
                print("\(entries.count) of \(of)\(next)")
            }
        }
    }

    /// What an empty list says: that nothing matched, or how to fetch articles into an empty cache.
    private func emptyListLine(in cache: ArticleStore) async throws -> String {
        if before != nil { return "No more articles match." }
        if filters.isFiltering { return "No articles match." }
        if try await cache.count(ArticleQuery(), atMost: 1) > 0 { return "No articles match." }
        if try await cache.sources().isEmpty {
            return "No articles yet: add a source and sync it with `reader sync --endpoint URL`."
        }
        return "No articles yet: `reader sync` fetches them."
    }

    /// The most matches the total counts: a larger list shows "10,000+",
    /// so the count costs a few milliseconds whatever the cache's size.
    static let countedAtMost = 10_000

    /// `1234567` as `1,234,567`.
    static func grouped(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}

/// The filters `list` and `read --all` share, each parsed once, as it is read.
struct ArticleFilters: ParsableArguments {
    @Option(
        help: "Only articles about this province (any spelling: Yunnan, \"Yunnan Province\", 云南, 云南省).",
        transform: ArgumentValue.province)
    var province: Province?

    @Option(
        help: "Only articles matching this search: words (English or Chinese), \"a phrase\", prefix*, -word, OR.",
        transform: ArgumentValue.search)
    var search: SearchQuery?

    @Flag(help: "Only unread articles.")
    var unread = false

    @Flag(help: "Only bookmarked articles.")
    var bookmarked = false

    @Option(help: "Only articles published on or after this date (YYYY-MM-DD or RFC 3339).", transform: ArgumentValue.date)
    var since: Date?

    @Option(help: "Only articles of this source: its URL, or its number as `reader feeds list --json` shows it.")
    var feed: String?

    /// Whether any filter is given: an empty list then says nothing matched, not that nothing is cached.
    var isFiltering: Bool {
        province != nil || search != nil || unread || bookmarked || since != nil || feed != nil
    }

    /// The query these filters describe, with no limit; `--feed` is looked up in `cache`.
    /// - throws: ``StoreError/sourceNotFound(_:)`` for a `--feed` that names no saved source.
    func query(in cache: ArticleStore) async throws -> ArticleQuery {
        var sourceID: SourceID?
        if let feed {
            guard let source = try await cache.source(reference: feed) else { throw StoreError.sourceNotFound(feed) }
            sourceID = source.id
        }
        return ArticleQuery(
            province: province, search: search?.text, unreadOnly: unread, bookmarkedOnly: bookmarked, since: since,
            sourceID: sourceID)
    }
}

/// The message for a province name that names none.
enum ProvinceNameMessage {
    static func unknown(_ name: String) -> String {
        let suggestions = ProvinceName.suggestions(for: name)
        let valid = Province.allCases.map(\.name).joined(separator: ", ")
        if suggestions.isEmpty {
            return "unknown province \"\(name)\". Valid names: \(valid) (or their Chinese names)."
        }
        return "unknown province \"\(name)\". Did you mean \(suggestions.map(\.name).joined(separator: " or "))? "
            + "Valid names: \(valid)."
    }
}
