import Foundation
import GRDB
import ReaderModels

/// Maps ``Article`` values to and from `article` rows.
enum ArticleRowMapping {
    /// Binds the values of every column but `sort_key`, in table order.
    static func bindColumns(of article: Article, to binder: inout StatementBinder) {
        binder.bind(article.id.rawValue)
        binder.bind(article.sourceID)
        binder.bind(article.remoteID)
        binder.bind(article.url)
        binder.bind(article.title)
        binder.bind(article.summary)
        binder.bind(article.contentHTML)
        binder.bind(article.author)
        binder.bind(article.language)
        binder.bind(article.published.timeIntervalSince1970)
        binder.bind(article.updated.timeIntervalSince1970)
        binder.bind(encodeList(article.provinces.map(\.rawValue)))
        binder.bind(encodeList(article.tags))
        binder.bind(article.imageURL)
        binder.bind(encodeEnclosures(article.enclosures))
    }

    /// The article stored in `row`.
    static func article(from row: Row) -> Article {
        Article(
            id: ArticleID(rawValue: row["id"]),
            sourceID: row["source_id"],
            remoteID: row["remote_id"],
            url: row["url"],
            title: row["title"],
            summary: row["summary"],
            contentHTML: row["content_html"],
            author: row["author"],
            language: row["language"],
            published: Date(timeIntervalSince1970: row["published"]),
            updated: Date(timeIntervalSince1970: row["updated"]),
            provinces: decodeList(row["provinces"]).compactMap(Province.init(rawValue:)),
            tags: decodeList(row["tags"]),
            imageURL: row["image"],
            enclosures: decodeEnclosures(row["enclosures"]))
    }

    /// Enclosures as one text column: a JSON array, or `NULL` for none.
    private static func encodeEnclosures(_ enclosures: [Enclosure]) -> String? {
        guard !enclosures.isEmpty, let data = try? enclosureEncoder.encode(enclosures) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The enclosures of the column; none if it is `NULL` or unreadable.
    private static func decodeEnclosures(_ text: String?) -> [Enclosure] {
        guard let text else { return [] }
        return (try? JSONDecoder().decode([Enclosure].self, from: Data(text.utf8))) ?? []
    }

    private static let enclosureEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// A list as one text column: items joined by a unit separator (U+001F),
    /// which no name or tag contains.
    private static func encodeList(_ items: [String]) -> String {
        items.map { $0.utf8.contains(0x1F) ? $0.replacingOccurrences(of: separator, with: " ") : $0 }
            .joined(separator: separator)
    }

    /// The items of a list column.
    static func decodeList(_ text: String) -> [String] {
        text.isEmpty ? [] : text.components(separatedBy: separator)
    }

    private static let separator = "\u{1F}"
}
