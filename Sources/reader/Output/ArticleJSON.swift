import Foundation
import ReaderCore

/// One article as `reader list --json` and `reader show --json` print it.
struct ArticleJSON: Encodable {
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
    var enclosures: [Enclosure]
    var contentHTML: String?

    enum CodingKeys: String, CodingKey {
        case id, title, url, published, updated, provinces, read, bookmarked, source, summary, author, language, tags
        case image, enclosures
        case sourceURL = "source_url"
        case contentHTML = "content_html"
    }

    /// - parameter sourceURLs: the URL of each source, by id (`source_url`).
    init(entry: ArticleEntry, sourceURLs: [SourceID: String], includingContent: Bool = false) {
        let article = entry.article
        id = article.id.rawValue
        title = article.title
        url = article.url
        published = RFC3339.string(from: article.published)
        updated = RFC3339.string(from: article.updated)
        provinces = article.provinces.map(\.name)
        read = entry.isRead
        bookmarked = entry.isBookmarked
        source = article.sourceID
        sourceURL = sourceURLs[article.sourceID]
        summary = article.summary
        author = article.author
        language = article.language
        tags = article.tags
        image = article.imageURL
        enclosures = article.enclosures
        contentHTML = includingContent ? article.contentHTML : nil
    }
}
