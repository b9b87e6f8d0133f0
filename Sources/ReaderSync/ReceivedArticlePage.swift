import Foundation
import ReaderModels

/// A page of `GET {endpoint}/v1/articles` decoded article by article: one
/// article that cannot be read (a date that is no RFC 3339 date, a missing
/// field) is set aside with its reason, and the rest of the page stands.
struct ReceivedArticlePage: Decodable {
    /// An article of the page that could not be read.
    struct Unreadable: Sendable, Equatable {
        /// Its place in the page's `articles`, from 0.
        var index: Int
        /// Its `id`, if that much could be read.
        var id: String?
        /// Why it could not be read, as the server's text gave it.
        var reason: String
    }

    /// The page, with the articles that could be read.
    var page: SyncWire.ArticlePage
    /// The articles that could not.
    var unreadable: [Unreadable]

    private enum CodingKeys: String, CodingKey {
        case articles, deleted
        case nextCursor = "next_cursor"
        case hasMore = "has_more"
    }

    /// Decodes the page; only its own fields (`next_cursor`, `has_more`,
    /// `deleted`, an `articles` that is not an array) can fail it.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var articles: [SyncWire.Article] = []
        unreadable = []
        if container.contains(.articles), try !container.decodeNil(forKey: .articles) {
            var list = try container.nestedUnkeyedContainer(forKey: .articles)
            while !list.isAtEnd {
                let index = list.currentIndex
                switch try list.decode(Element.self) {
                case .article(let article): articles.append(article)
                case .unreadable(let id, let reason): unreadable.append(Unreadable(index: index, id: id, reason: reason))
                }
            }
        }
        page = SyncWire.ArticlePage(
            articles: articles, deleted: try container.decodeIfPresent([String].self, forKey: .deleted) ?? [],
            nextCursor: try container.decode(String.self, forKey: .nextCursor),
            hasMore: try container.decode(Bool.self, forKey: .hasMore))
    }

    /// One element of `articles`, which decodes whatever it holds.
    private enum Element: Decodable {
        case article(SyncWire.Article)
        case unreadable(id: String?, reason: String)

        private enum IDKey: String, CodingKey { case id }

        init(from decoder: any Decoder) throws {
            do {
                self = .article(try SyncWire.Article(from: decoder))
            } catch {
                let id = try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)
                self = .unreadable(id: id, reason: DecodingFailure.describe(error))
            }
        }
    }
}
