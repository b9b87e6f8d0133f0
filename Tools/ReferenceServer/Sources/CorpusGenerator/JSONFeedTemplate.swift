import Foundation
import ReaderModels

/// JSON Feed 1.1: each item encoded on its own with sorted keys, so the
/// document streams and its bytes never depend on dictionary order.
struct JSONFeedTemplate: FeedTemplate {
    func header(title: String, updated: Date) -> String {
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\(Self.quoted(title)),"
            + "\"home_page_url\":\"https://ipnews.example/\",\"items\":[\n"
    }

    func entry(_ article: SyncWire.Article, isFirst: Bool) -> String {
        let item = Item(
            id: article.id, url: article.url, title: article.title, summary: article.summary,
            contentHTML: article.contentHTML, datePublished: RFC3339.string(from: article.published),
            dateModified: RFC3339.string(from: article.updated),
            authors: article.author.map { [Item.Author(name: $0)] }, language: article.language,
            tags: article.tags)
        return (isFirst ? "" : ",\n") + Self.encoded(item)
    }

    var footer: String { "\n]}\n" }

    private struct Item: Encodable {
        struct Author: Encodable {
            let name: String
        }

        let id: String
        let url: String
        let title: String
        let summary: String?
        let contentHTML: String?
        let datePublished: String
        let dateModified: String
        let authors: [Author]?
        let language: String?
        let tags: [String]?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, authors, language, tags
            case contentHTML = "content_html"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }
    }

    private static func quoted(_ text: String) -> String { encoded(text) }

    private static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and string-keyed structs cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
