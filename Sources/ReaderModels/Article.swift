public import Foundation

/// A news article as Reader caches it.
///
/// Content only: whether it is read or bookmarked lives in ``ArticleState``,
/// so that a new copy of the content never resets it.
///
/// For example:
///
/// ```swift
/// for entry in try await library.store.articles(ArticleQuery(limit: 20)) {
///     let article = entry.article
///     print(article.published, article.title, article.provinces.map(\.name), article.url ?? "")
/// }
/// ```
public struct Article: Identifiable, Codable, Equatable, Hashable, Sendable {
    /// The local id, derived from ``sourceURL`` and ``remoteID``.
    public var id: ArticleID
    /// The id of the source it came from.
    public var sourceID: SourceID
    /// The id the source gives it: a guid, an Atom id, or a Sync API id.
    public var remoteID: String
    /// The article's web page.
    public var url: String?
    /// The title, as plain text.
    public var title: String
    /// A plain-text summary.
    public var summary: String?
    /// The body as HTML.
    public var contentHTML: String?
    /// The author's name.
    public var author: String?
    /// A BCP 47 language tag, such as `en` or `zh`.
    public var language: String?
    /// When it was first published.
    public var published: Date
    /// When it was last edited; a copy with a later `updated` replaces an older one.
    public var updated: Date
    /// The provinces it is about, sorted by name without duplicates.
    public var provinces: [Province]
    /// The source's own tags or categories.
    public var tags: [String]
    /// One image that stands for the article (a thumbnail for a list), as an
    /// absolute URL: the feed's own (Media RSS, an image enclosure,
    /// `itunes:image`, JSON Feed `image`), else the first sizable `<img>` of
    /// the content.
    public var imageURL: String?
    /// The files attached to it (podcast episodes and the like), in feed order.
    public var enclosures: [Enclosure]

    /// Creates an article; `provinces` is sorted and deduplicated.
    public init(
        id: ArticleID, sourceID: SourceID, remoteID: String, url: String?, title: String,
        summary: String? = nil, contentHTML: String? = nil, author: String? = nil,
        language: String? = nil, published: Date, updated: Date,
        provinces: [Province] = [], tags: [String] = [], imageURL: String? = nil, enclosures: [Enclosure] = []
    ) {
        self.id = id
        self.sourceID = sourceID
        self.remoteID = remoteID
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.author = author
        self.language = language
        self.published = published
        self.updated = updated
        self.provinces = Array(Set(provinces)).sorted()
        self.tags = tags
        self.imageURL = imageURL
        self.enclosures = enclosures
    }
}
