import Foundation
import GRDB
import ReaderModels

/// One item of the GReader view: an article with its item number, crawl
/// time, state, labels and subscription.
struct GReaderItem: Sendable {
    let number: Int64
    let crawlSeconds: Int64
    let isRead: Bool
    let isStarred: Bool
    let labels: [String]
    let feed: GReaderFeed
    let article: SyncWire.Article

    /// The columns ``init(row:labels:)`` reads, from ``GReaderQuery/source``.
    static let columns =
        "i.item, i.crawl_s, i.read, i.starred, "
        + ArticleRow.columns.split(separator: ",").map { "a." + $0.trimmingCharacters(in: .whitespaces) }
        .joined(separator: ", ") + ", " + GReaderFeed.columns(prefix: "f.", aliased: true)

    init(row: Row, labels: [String]) {
        number = row["item"]
        crawlSeconds = row["crawl_s"]
        isRead = row["read"]
        isStarred = row["starred"]
        self.labels = labels
        feed = GReaderFeed(row: row, aliased: true)
        article = ArticleRow(row: row).article
    }

    /// The items `sql` (selecting ``columns`` from ``GReaderQuery/source``) finds, with their labels.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [GReaderItem] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        let numbers: [Int64] = rows.map { $0["item"] }
        var labels: [Int64: [String]] = [:]
        if !numbers.isEmpty {
            let placeholders = Array(repeating: "?", count: numbers.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db, sql: "SELECT item, label FROM greader_label WHERE item IN (\(placeholders)) ORDER BY label",
                arguments: StatementArguments(numbers))
            {
                labels[row["item"], default: []].append(row["label"])
            }
        }
        return rows.map { GReaderItem(row: $0, labels: labels[$0["item"]] ?? []) }
    }
}

/// A subscription of the GReader view.
struct GReaderFeed: Sendable, Equatable {
    let number: Int64
    let title: String
    let url: String
    let htmlURL: String
    let folder: String?

    /// The feed columns, e.g. `f.number AS feed_number, ...` when `aliased`.
    static func columns(prefix: String, aliased: Bool) -> String {
        ["number", "title", "url", "html_url", "folder"]
            .map { prefix + $0 + (aliased ? " AS feed_\($0)" : "") }.joined(separator: ", ")
    }

    init(number: Int64, title: String, url: String, htmlURL: String, folder: String?) {
        self.number = number
        self.title = title
        self.url = url
        self.htmlURL = htmlURL
        self.folder = folder
    }

    init(row: Row, aliased: Bool) {
        let name = { (column: String) in aliased ? "feed_" + column : column }
        number = row[name("number")]
        title = row[name("title")]
        url = row[name("url")]
        htmlURL = row[name("html_url")]
        folder = row[name("folder")]
    }
}
