import Foundation
import Hummingbird
import ReaderModels

/// The JSON bodies of the GReader routes, shaped as FreshRSS's.
enum GReaderWire {
    /// `{href, type}` of `canonical` and `alternate`.
    struct Link: Encodable, Sendable {
        let href: String
        var type = "text/html"
    }

    /// `origin`: the item's subscription.
    struct Origin: Encodable, Sendable {
        let streamId: String
        let title: String
        let htmlUrl: String
    }

    /// `summary`: the item's HTML.
    struct Content: Encodable, Sendable {
        let content: String
    }

    /// An enclosure; the server's articles have none.
    struct Enclosure: Encodable, Sendable {
        let href: String
        let type: String
    }

    /// One item of `stream/contents` and `stream/items/contents`.
    struct Item: Encodable, Sendable {
        let id: String
        let crawlTimeMsec: String
        let timestampUsec: String
        let published: Int64
        let updated: Int64
        let title: String
        let canonical: [Link]
        let alternate: [Link]
        let categories: [String]
        let origin: Origin
        let summary: Content
        let author: String?
        let enclosure: [Enclosure]

        init(_ item: GReaderItem) {
            let article = item.article
            id = GReaderItemID.longForm(item.number)
            crawlTimeMsec = String(item.crawlSeconds * 1000)
            timestampUsec = String(item.crawlSeconds * 1_000_000)
            published = Int64(article.published.timeIntervalSince1970.rounded(.down))
            updated = Int64(article.updated.timeIntervalSince1970.rounded(.down))
            title = GReaderText.itemTitle(article.title)
            canonical = [Link(href: article.url)]
            alternate = [Link(href: article.url)]
            var categories = [GReaderStream.readingListID]
            if item.isRead { categories.append(GReaderStream.readID) }
            if item.isStarred { categories.append(GReaderStream.starredID) }
            if let folder = item.feed.folder { categories.append(GReaderStream.label(folder).id) }
            categories += item.labels.map { GReaderStream.label($0).id }
            categories += (article.provinces ?? []) + (article.tags ?? [])
            self.categories = categories
            origin = Origin(
                streamId: GReaderStream.feed(item.feed.number).id, title: GReaderText.feedTitle(item.feed.title),
                htmlUrl: item.feed.htmlURL)
            summary = Content(content: article.contentHTML ?? article.summary ?? "")
            author = article.author
            enclosure = []
        }
    }

    /// The answer of `stream/contents` and `stream/items/contents`.
    struct StreamContents: Encodable, Sendable {
        let id: String
        let updated: Int64
        let items: [Item]
        let continuation: String?
    }

    /// One reference of `stream/items/ids`: the decimal id.
    struct ItemRef: Encodable, Sendable {
        let id: String
        let directStreamIds: [String]
        let timestampUsec: String

        init(_ ref: GReaderItemRef) {
            id = GReaderItemID.decimal(ref.number)
            directStreamIds = []
            timestampUsec = String(ref.crawlSeconds * 1_000_000)
        }
    }

    /// The answer of `stream/items/ids`.
    struct ItemRefs: Encodable, Sendable {
        let itemRefs: [ItemRef]
        let continuation: String?
    }

    /// A folder of a subscription.
    struct Category: Encodable, Sendable {
        let id: String
        let label: String
    }

    /// One subscription of `subscription/list`.
    struct Subscription: Encodable, Sendable {
        let id: String
        let title: String
        let categories: [Category]
        let url: String
        let htmlUrl: String
        let iconUrl: String

        init(_ feed: GReaderFeed) {
            id = GReaderStream.feed(feed.number).id
            title = GReaderText.feedTitle(feed.title)
            categories = feed.folder.map { [Category(id: GReaderStream.label($0).id, label: $0)] } ?? []
            url = feed.url
            htmlUrl = feed.htmlURL
            iconUrl = ""
        }
    }

    /// The answer of `subscription/list`.
    struct SubscriptionList: Encodable, Sendable {
        let subscriptions: [Subscription]
    }

    /// One tag of `tag/list`: a state, a folder or an item label.
    struct Tag: Encodable, Sendable {
        let id: String
        let type: String?
    }

    /// The answer of `tag/list`.
    struct TagList: Encodable, Sendable {
        let tags: [Tag]
    }

    /// The answer of `user-info`.
    struct UserInfo: Encodable, Sendable {
        let userId: String
        let userName: String
        let userProfileId: String
        let userEmail: String
    }

    /// The answer of `subscription/quickadd`.
    struct QuickAdd: Encodable, Sendable {
        let numResults: Int
        var query: String?
        var streamId: String?
        var streamName: String?
        var error: String?
    }

    /// `text/html`, which FreshRSS sends for several JSON answers (the lie the client must ignore).
    static let htmlType = "text/html; charset=UTF-8"
    /// `application/json`.
    static let jsonType = "application/json; charset=UTF-8"

    /// A 200 with `value` as JSON, labelled `contentType`, gzipped when
    /// `request` accepts it and the body is worth it (as a web server in
    /// front of FreshRSS does).
    static func response(_ value: some Encodable, contentType: String, for request: Request) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = ByteBuffer(bytes: try encoder.encode(value))
        guard body.readableBytes >= ContentCoding.minimumGzipBytes, ContentCoding.acceptsGzip(request) else {
            return Response(status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: body))
        }
        return Response(
            status: .ok, headers: [.contentType: contentType, .contentEncoding: "gzip", .vary: "Accept-Encoding"],
            body: ResponseBody(byteBuffer: try ContentCoding.gzipped(body)))
    }

    /// A 200 with `body`, labelled `contentType`.
    static func text(_ body: String, contentType: String) -> Response {
        Response(status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: .init(string: body)))
    }
}
