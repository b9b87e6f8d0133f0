public import Foundation


/// The JSON bodies of the Reader Sync API, version 1 (`shared/sync-protocol.md`).
///
/// The client decodes them and the reference server encodes them, so both
/// sides agree by construction. Unknown fields are ignored when decoding.
/// Dates use ``SyncWire/makeEncoder()`` and ``SyncWire/makeDecoder()``:
/// RFC 3339 in UTC, fractional seconds allowed.
///
/// For example, reading an article page:
///
/// ```swift
/// let page = try SyncWire.makeDecoder().decode(SyncWire.ArticlePage.self, from: response.body)
/// print(page.articles.count, "articles, \(page.deleted.count) retracted; more:", page.hasMore)
/// ```
public enum SyncWire {
    /// The discovery document at `GET {endpoint}`.
    public struct Discovery: Codable, Sendable, Equatable {
        /// Always `"reader-sync"`.
        public var `protocol`: String
        /// The protocol version, 1.
        public var version: Int
        /// The endpoint's title.
        public var title: String?
        /// The largest `limit` the server accepts.
        public var pageLimitMax: Int?

        /// Creates a discovery document.
        public init(protocol: String = "reader-sync", version: Int = 1, title: String?, pageLimitMax: Int?) {
            self.protocol = `protocol`
            self.version = version
            self.title = title
            self.pageLimitMax = pageLimitMax
        }

        enum CodingKeys: String, CodingKey {
            case `protocol`, version, title
            case pageLimitMax = "page_limit_max"
        }
    }

    /// One article as the API sends it.
    public struct Article: Codable, Sendable, Equatable {
        /// Stable and unique within the endpoint.
        public var id: String
        /// The article's web page.
        public var url: String
        /// The title.
        public var title: String
        /// First publication.
        public var published: Date
        /// Last edit; later whenever the article is edited.
        public var updated: Date
        /// Plain-text summary.
        public var summary: String?
        /// The body as HTML.
        public var contentHTML: String?
        /// The author.
        public var author: String?
        /// BCP 47 language tag.
        public var language: String?
        /// The server's province tags, canonical English names.
        public var provinces: [String]?
        /// Free tags.
        public var tags: [String]?
        /// One image that stands for the article, an absolute URL; optional
        /// (servers before it leave it out).
        public var image: String?
        /// The files attached to it; optional (servers before it leave it out).
        public var enclosures: [Enclosure]?

        /// Creates a wire article.
        public init(
            id: String, url: String, title: String, published: Date, updated: Date, summary: String? = nil,
            contentHTML: String? = nil, author: String? = nil, language: String? = nil,
            provinces: [String]? = nil, tags: [String]? = nil, image: String? = nil, enclosures: [Enclosure]? = nil
        ) {
            self.id = id
            self.url = url
            self.title = title
            self.published = published
            self.updated = updated
            self.summary = summary
            self.contentHTML = contentHTML
            self.author = author
            self.language = language
            self.provinces = provinces
            self.tags = tags
            self.image = image
            self.enclosures = enclosures
        }

        enum CodingKeys: String, CodingKey {
            case id, url, title, published, updated, summary, author, language, provinces, tags, image, enclosures
            case contentHTML = "content_html"
        }
    }

    /// A page of `GET {endpoint}/v1/articles`.
    public struct ArticlePage: Codable, Sendable, Equatable {
        /// New and edited articles, in change order.
        public var articles: [Article]
        /// Ids of retracted articles.
        public var deleted: [String]
        /// The cursor of the next page.
        public var nextCursor: String
        /// Whether more pages follow now.
        public var hasMore: Bool

        /// Creates a page.
        public init(articles: [Article], deleted: [String], nextCursor: String, hasMore: Bool) {
            self.articles = articles
            self.deleted = deleted
            self.nextCursor = nextCursor
            self.hasMore = hasMore
        }

        enum CodingKeys: String, CodingKey {
            case articles, deleted
            case nextCursor = "next_cursor"
            case hasMore = "has_more"
        }

        /// Decodes leniently: a missing `articles` or `deleted` is empty.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            articles = try container.decodeIfPresent([Article].self, forKey: .articles) ?? []
            deleted = try container.decodeIfPresent([String].self, forKey: .deleted) ?? []
            nextCursor = try container.decode(String.self, forKey: .nextCursor)
            hasMore = try container.decode(Bool.self, forKey: .hasMore)
        }
    }

    /// A page of `GET {endpoint}/v1/state`.
    public struct StatePage: Codable, Sendable, Equatable {
        /// The winning value of every (article, field) changed since the cursor.
        public var changes: [StateChange]
        /// The cursor of the next page.
        public var nextCursor: String
        /// Whether more pages follow now.
        public var hasMore: Bool

        /// Creates a page.
        public init(changes: [StateChange], nextCursor: String, hasMore: Bool) {
            self.changes = changes
            self.nextCursor = nextCursor
            self.hasMore = hasMore
        }

        enum CodingKeys: String, CodingKey {
            case changes
            case nextCursor = "next_cursor"
            case hasMore = "has_more"
        }
    }

    /// The body of `POST {endpoint}/v1/state`.
    public struct StatePush: Codable, Sendable, Equatable {
        /// The sending device.
        public var device: String
        /// 1 to 1000 changes.
        public var changes: [StateChange]

        /// Creates a push body.
        public init(device: String, changes: [StateChange]) {
            self.device = device
            self.changes = changes
        }
    }

    /// The answer to `POST {endpoint}/v1/state`.
    public struct StatePushResult: Codable, Sendable, Equatable {
        /// Changes that took effect.
        public var applied: Int
        /// Changes that lost to a newer clock or were already there.
        public var ignored: Int

        /// Creates a result.
        public init(applied: Int, ignored: Int) {
            self.applied = applied
            self.ignored = ignored
        }
    }

    /// The body of a non-2xx answer.
    public struct ErrorBody: Codable, Sendable, Equatable {
        /// The error itself.
        public struct Detail: Codable, Sendable, Equatable {
            /// A stable code such as `cursor_expired`.
            public var code: String
            /// A human-readable message.
            public var message: String
            /// The server's time in ms since 1970, with ``ErrorBody/clockAhead``.
            public var serverMS: Int64?

            /// Creates a detail.
            public init(code: String, message: String, serverMS: Int64? = nil) {
                self.code = code
                self.message = message
                self.serverMS = serverMS
            }

            enum CodingKeys: String, CodingKey {
                case code, message
                case serverMS = "server_ms"
            }
        }

        /// The error.
        public var error: Detail

        /// The code of a 400 that refuses a push whose clocks run more than
        /// the ``ClockBound`` ahead of the server, which says its time in
        /// ``Detail/serverMS``.
        public static let clockAhead = "clock_ahead"

        /// Creates an error body.
        public init(code: String, message: String, serverMS: Int64? = nil) {
            self.error = Detail(code: code, message: message, serverMS: serverMS)
        }
    }

    /// A JSON encoder for wire bodies: RFC 3339 UTC dates with milliseconds.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }

    /// A JSON decoder for wire bodies: RFC 3339 dates, with or without fractions.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not an RFC 3339 date: \(text.prefix(40))")
            }
            return date
        }
        return decoder
    }
}
