public import Foundation
public import ReaderModels

/// What to list from the cache. Results are always newest first.
///
/// For example, the 50 newest unread Yunnan articles that mention patents:
///
/// ```swift
/// let query = ArticleQuery(province: .yunnan, search: "patent", unreadOnly: true, limit: 50)
/// ```
public struct ArticleQuery: Sendable, Equatable {
    /// Only articles about this province.
    public var province: Province?
    /// Only articles whose title or text contain every word of this text
    /// (English words are stemmed; Chinese matches as substrings).
    public var search: String?
    /// Only articles not marked read.
    public var unreadOnly: Bool
    /// Only bookmarked articles.
    public var bookmarkedOnly: Bool
    /// Only articles published at or after this date.
    public var since: Date?
    /// Only articles of this source.
    public var sourceID: SourceID?
    /// At most this many articles; `nil` for all.
    public var limit: Int?
    /// Only articles after this place in the list: the cursor of the last
    /// entry of the page before (keyset paging, stable while articles arrive).
    public var before: ArticleCursor?

    /// Creates a query; with no arguments it lists everything.
    public init(
        province: Province? = nil, search: String? = nil, unreadOnly: Bool = false,
        bookmarkedOnly: Bool = false, since: Date? = nil, sourceID: SourceID? = nil, limit: Int? = nil,
        before: ArticleCursor? = nil
    ) {
        self.province = province
        self.search = search
        self.unreadOnly = unreadOnly
        self.bookmarkedOnly = bookmarkedOnly
        self.since = since
        self.sourceID = sourceID
        self.limit = limit
        self.before = before
    }
}

/// An article with this device's read and bookmark flags.
///
/// For example, a list and its next page:
///
/// ```swift
/// let page = try await library.store.articles(ArticleQuery(unreadOnly: true, limit: 20))
/// for entry in page { print(entry.isBookmarked ? "*" : " ", entry.article.title) }
/// let next = try await library.store.articles(ArticleQuery(unreadOnly: true, limit: 20, before: page.last?.cursor))
/// ```
public struct ArticleEntry: Sendable, Equatable, Identifiable {
    /// The article.
    public var article: Article
    /// Whether it has been read.
    public var isRead: Bool
    /// Whether it is bookmarked.
    public var isBookmarked: Bool
    /// Its place in every list: ``ArticleQuery/before`` of the next page.
    public var cursor: ArticleCursor

    /// The article's id.
    public var id: ArticleID { article.id }

    /// Creates an entry; without a cursor, the place its publication date gives it.
    public init(article: Article, isRead: Bool, isBookmarked: Bool, cursor: ArticleCursor? = nil) {
        self.article = article
        self.isRead = isRead
        self.isBookmarked = isBookmarked
        self.cursor = cursor ?? ArticleCursor(sortKey: SortKey.preferred(published: article.published, id: article.id))
    }
}
