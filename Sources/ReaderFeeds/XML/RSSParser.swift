/// Reads RSS 2.0, RSS 0.91/0.92 and RSS 1.0 (RDF) documents, element by
/// element, for ``XMLFeedReader``.
///
/// Item fields: `title`, `link`, `guid` (or RSS 1.0's `rdf:about`),
/// `description`, `content:encoded` (or an `xhtml:body`), `author`,
/// `dc:creator`, `category`, `dc:subject`, `pubDate`, `dc:date`, `modified`,
/// `dc:modified`, `dcterms:modified`, `atom:updated`, `dc:language`,
/// `enclosure`, `itunes:duration`, and the images of
/// ``ItemDraft/readMedia(_:attributes:base:)``. Channel fields: `title`,
/// `link`, `description`, `language` / `dc:language`, `image/url` (else
/// `itunes:image`) as the logo, `lastBuildDate`, `pubDate`.
///
/// - With `content:encoded`, the description is the summary; without it, the
///   description is the content and the summary is derived from it.
/// - `pubDate` is the publication date, else `dc:date`. The update date is
///   `modified`, `dc:modified`, `dcterms:modified` or `atom:updated`, else
///   `dc:date` when `pubDate` is also there (a feed that gives both uses
///   `dc:date` for edits).
/// - The channel's `lastBuildDate`, else its `pubDate`, is the feed's
///   ``ParsedFeed/updated``: the date of last resort for items without one.
/// - A permalink `guid` (the default) that is an http(s) URL is the link when
///   there is no `<link>`.
/// - `author` (`jane@example.org (Jane Doe)`) is reduced to the name in parentheses.
final class RSSParser: XMLFeedHandler {
    /// The namespaces of RSS's own elements: none (2.0, 0.9x), RSS 1.0, RSS
    /// 0.90, and the root's (some RSS 2.0 feeds put one on `<rss>`).
    private let coreNamespaces: Set<String>
    private var fields = FeedFields()
    /// The channel's `itunes:image`, the logo when there is no `<image>`.
    private var itunesLogoURL: String?
    private var lastBuildDate: String?
    private var channelPubDate: String?
    private var collector: FeedItemCollector
    private var item: RSSItemFields?

    /// What an RSS item holds, before it is turned into an ``ItemDraft``.
    private struct RSSItemFields {
        var draft = ItemDraft()
        var about: String?
        var guid: String?
        var guidIsPermaLink = true
        var description: String?
        var descriptionBase: LinkBase?
        var content: String?
        var contentBase: LinkBase?
        var rssAuthor: String?
        var creator: String?
        var pubDate: String?
        var dcDate: String?
        var modified: String?
    }

    /// A parser for a document whose root element is in `rootNamespace`,
    /// whose items are taken in chunks of `chunkSize`.
    init(rootNamespace: String, chunkSize: Int) {
        coreNamespaces = ["", XMLNamespace.rss10, XMLNamespace.rss090, rootNamespace]
        collector = FeedItemCollector(chunkSize: chunkSize)
    }

    private enum ItemField {
        case title, link, guid, description, content, xhtmlBody, author, creator, category, pubDate, dcDate
        case modified, language, duration
    }

    func didStart(
        _ element: XMLName, attributes: [String: String], context: XMLElementContext
    ) -> ElementTextCapture.Mode? {
        if isCore(element, "item") {
            var fields = RSSItemFields()
            fields.about = attributes.first { $0.key.hasSuffix(":about") || $0.key == "about" }?.value
            fields.draft.language = context.language
            item = fields
            return nil
        }
        guard let parent = context.parent else { return nil }
        if item != nil, ItemDraft.mayBeMedia(element), item?.draft.readMedia(element, attributes: attributes, base: context.base) == true {
            return nil
        }
        if item != nil, isCore(parent, "item"), isCore(element, "enclosure") {
            item?.draft.addEnclosure(
                url: attributes["url"], type: attributes["type"], length: attributes["length"], base: context.base)
            return nil
        }
        if item != nil, isCore(parent, "item"), let field = itemField(element) {
            switch field {
            case .guid:
                item?.guidIsPermaLink = attributes["isPermaLink"]?.lowercased() != "false"
                return .text
            case .description, .content:
                return .html
            case .xhtmlBody:
                return .xhtml
            default:
                return .text
            }
        }
        if item == nil, isCore(parent, "channel"), isChannelField(element) {
            return .text
        }
        if item == nil, isCore(parent, "image"), isCore(element, "url") {
            return .text
        }
        if item == nil, isCore(parent, "channel"), element == XMLName(namespace: XMLNamespace.itunes, local: "image") {
            itunesLogoURL = attributes["href"].map { LinkBase.resolve($0, against: context.base) }
        }
        return nil
    }

    func didEnd(_ element: XMLName, text: String?, context: XMLElementContext) {
        if isCore(element, "item"), let fields = item {
            collector.add(Self.draft(from: fields))
            item = nil
        } else if let text, item != nil, let field = itemField(element) {
            store(text, in: field, base: context.base)
        } else if let text, item == nil {
            switch element.local {
            case "title": fields.title = TextMarkup.html.plainText(text)
            case "link": fields.homePageURL = LinkBase.resolve(text, against: context.base)
            case "description": fields.description = TextMarkup.html.plainText(text)
            case "url": fields.logoURL = LinkBase.resolve(text, against: context.base)
            case "lastBuildDate": lastBuildDate = text
            case "pubDate": channelPubDate = text
            default: fields.language = fields.language ?? text
            }
        }
    }

    var hasFullChunk: Bool { collector.isFull }

    func skipOpenItem(reason: String) {
        guard item != nil else { return }
        collector.skip(reason: reason)
        item = nil
    }

    func takeChunk() -> ParsedFeed {
        var fields = fields
        fields.logoURL = fields.logoURL ?? itunesLogoURL
        var chunk = collector.takeChunk(format: .rss, fields: fields)
        chunk.updated = lastBuildDate.flatMap(FeedDate.parse) ?? channelPubDate.flatMap(FeedDate.parse)
        return chunk
    }

    private func store(_ text: String, in field: ItemField, base: LinkBase?) {
        switch field {
        case .title: item?.draft.title = text
        case .link:
            item?.draft.link = text
            item?.draft.linkBase = base
        case .guid: item?.guid = text
        case .description:
            item?.description = text
            item?.descriptionBase = base
        case .content, .xhtmlBody:
            item?.content = text
            item?.contentBase = base
        case .author: item?.rssAuthor = text
        case .creator: item?.creator = text
        case .category: item?.draft.categories.append(text)
        case .pubDate: item?.pubDate = text
        case .dcDate: item?.dcDate = text
        case .modified: item?.modified = text
        case .language: item?.draft.language = text
        case .duration: item?.draft.itunesDuration = text
        }
    }

    private static func draft(from fields: RSSItemFields) -> ItemDraft {
        var draft = fields.draft
        draft.titleMarkup = .html
        draft.id = fields.guid ?? fields.about
        if draft.link == nil, fields.guidIsPermaLink, let guid = fields.guid?.trimmingASCIIWhitespace(),
            guid.lowercased().hasPrefix("http://") || guid.lowercased().hasPrefix("https://")
        {
            draft.link = guid
        }
        if let content = fields.content {
            draft.contentHTML = content
            draft.contentBase = fields.contentBase
            draft.summary = fields.description
            draft.summaryMarkup = .html
        } else {
            draft.contentHTML = fields.description
            draft.contentBase = fields.descriptionBase
        }
        draft.author = fields.creator ?? fields.rssAuthor.map(authorName)
        draft.publishedText = fields.pubDate ?? fields.dcDate
        draft.updatedText = fields.modified ?? (fields.pubDate != nil ? fields.dcDate : nil)
        return draft
    }

    /// The name in `jane@example.org (Jane Doe)`, else the text as is.
    private static func authorName(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else {
            return text
        }
        let name = String(text[text.index(after: open)..<close]).trimmingASCIIWhitespace()
        return name.isEmpty ? text : name
    }

    /// True for RSS's own element `local`.
    private func isCore(_ name: XMLName, _ local: String) -> Bool {
        name.local == local && coreNamespaces.contains(name.namespace)
    }

    private func isChannelField(_ name: XMLName) -> Bool {
        isCore(name, "title") || isCore(name, "link") || isCore(name, "language") || isCore(name, "description")
            || isCore(name, "lastBuildDate") || isCore(name, "pubDate")
            || (name.namespace == XMLNamespace.dublinCore && name.local == "language")
    }

    private func itemField(_ name: XMLName) -> ItemField? {
        switch name.namespace {
        case _ where coreNamespaces.contains(name.namespace):
            switch name.local {
            case "title": .title
            case "link": .link
            case "guid": .guid
            case "description": .description
            case "author": .author
            case "category": .category
            case "pubDate": .pubDate
            case "modified": .modified
            default: nil
            }
        case XMLNamespace.content: name.local == "encoded" ? .content : nil
        case XMLNamespace.xhtml: name.local == "body" ? .xhtmlBody : nil
        case XMLNamespace.dublinCore:
            switch name.local {
            case "creator": .creator
            case "date": .dcDate
            case "subject": .category
            case "language": .language
            case "modified": .modified
            default: nil
            }
        case XMLNamespace.dublinCoreTerms: name.local == "modified" ? .modified : nil
        case XMLNamespace.atom: name.local == "updated" ? .modified : nil
        case XMLNamespace.itunes: name.local == "duration" ? .duration : nil
        default: nil
        }
    }
}
