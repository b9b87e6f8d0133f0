/// Reads Atom 1.0 documents (RFC 4287), element by element, for ``XMLFeedReader``
/// (which hands it Atom 0.3 as 1.0, see ``Atom03Translation``).
///
/// Entry fields: `id`, `title`, the alternate `link` (no `rel`, or
/// `rel="alternate"`), `published`, `updated`, `summary`, `content`,
/// `author/name` (else the feed's author), `category/@term`, and `xml:lang`
/// (the entry's, else the feed's), `link rel="enclosure"`, and the images of
/// ``ItemDraft/readMedia(_:attributes:base:)``. Feed fields: `title`,
/// alternate `link`, `subtitle`, `icon`, `logo`, `xml:lang`.
///
/// Text constructs (`title`, `summary`, `content`) are read by their `type`:
/// `text` (the default), `html` (escaped HTML) or `xhtml` (inline markup in an
/// XHTML `div`). Plain-text content becomes HTML paragraphs; out-of-line
/// content (`src`) and other media types are ignored.
final class AtomParser: XMLFeedHandler {
    private var fields = FeedFields()
    private var feedAuthor: String?
    private var collector: FeedItemCollector
    private var entry: ItemDraft?
    /// Whose `<author>` is open: the feed's or the entry's.
    private var openAuthorParent: String?
    /// The type of the text construct being captured.
    private var capturedType = AtomTextType.text

    /// A parser whose entries are taken in chunks of `chunkSize`.
    init(chunkSize: Int) {
        collector = FeedItemCollector(chunkSize: chunkSize)
    }

    /// The `type` of an Atom text construct or content.
    private enum AtomTextType {
        case text, html, xhtml
        /// A media type Reader does not read, or out-of-line content.
        case unsupported

        init(attributes: [String: String]) {
            guard attributes["src"] == nil else {
                self = .unsupported
                return
            }
            switch attributes["type"]?.lowercased() {
            case nil, "text", "text/plain": self = .text
            case "html", "text/html": self = .html
            case "xhtml", "application/xhtml+xml": self = .xhtml
            default: self = .unsupported
            }
        }

        var captureMode: ElementTextCapture.Mode? {
            switch self {
            case .text: .text
            case .html: .html
            case .xhtml: .xhtml
            case .unsupported: nil
            }
        }

        var markup: TextMarkup { self == .text ? .plain : .html }
    }

    func didStart(
        _ element: XMLName, attributes: [String: String], context: XMLElementContext
    ) -> ElementTextCapture.Mode? {
        if entry != nil, ItemDraft.mayBeMedia(element), entry?.readMedia(element, attributes: attributes, base: context.base) == true { return nil }
        guard element.namespace == XMLNamespace.atom else { return nil }
        let parent = context.parent.flatMap { $0.namespace == XMLNamespace.atom ? $0.local : nil }
        switch (element.local, parent) {
        case ("feed", nil):
            fields.language = context.language
        case ("entry", "feed"):
            entry = ItemDraft()
            entry?.language = context.language
        case ("author", "feed"), ("author", "entry"):
            openAuthorParent = parent
        case ("name", "author") where openAuthorParent != nil:
            return .text
        case ("link", "feed"), ("link", "entry"):
            readLink(attributes, isEntry: parent == "entry", base: context.base)
        case ("category", "entry"):
            if let term = attributes["term"] ?? attributes["label"] { entry?.categories.append(term) }
        case ("id", "entry"), ("published", "entry"), ("updated", "entry"), ("icon", "feed"), ("logo", "feed"):
            return .text
        case ("title", "feed"), ("subtitle", "feed"), ("title", "entry"), ("summary", "entry"), ("content", "entry"):
            capturedType = AtomTextType(attributes: attributes)
            return capturedType.captureMode
        default:
            break
        }
        return nil
    }

    func didEnd(_ element: XMLName, text: String?, context: XMLElementContext) {
        guard element.namespace == XMLNamespace.atom else { return }
        switch element.local {
        case "entry":
            if var entry {
                entry.author = entry.author ?? feedAuthor
                collector.add(entry)
            }
            entry = nil
        case "author":
            openAuthorParent = nil
        default:
            if let text { store(text, in: element.local, base: context.base) }
        }
    }

    var hasFullChunk: Bool { collector.isFull }

    func skipOpenItem(reason: String) {
        guard entry != nil else { return }
        collector.skip(reason: reason)
        entry = nil
    }

    func takeChunk() -> ParsedFeed {
        collector.takeChunk(format: .atom, fields: fields)
    }

    private func store(_ text: String, in field: String, base: LinkBase?) {
        guard entry != nil else {
            switch field {
            case "title": fields.title = capturedType.markup.plainText(text)
            case "subtitle": fields.description = capturedType.markup.plainText(text)
            case "icon": fields.iconURL = LinkBase.resolve(text, against: base)
            case "logo": fields.logoURL = LinkBase.resolve(text, against: base)
            case "name": feedAuthor = text
            default: break
            }
            return
        }
        switch field {
        case "id": entry?.id = text
        case "published": entry?.publishedText = text
        case "updated": entry?.updatedText = text
        case "name" where openAuthorParent == "entry": entry?.author = text
        case "title":
            entry?.title = text
            entry?.titleMarkup = capturedType.markup
        case "summary":
            entry?.summary = text
            entry?.summaryMarkup = capturedType.markup
        case "content":
            entry?.contentHTML = capturedType == .text ? HTMLText.html(fromPlainText: text) : text
            entry?.contentBase = base
        default:
            break
        }
    }

    /// Takes the first alternate link as the entry's (or the feed's) web
    /// page, and an entry's enclosure links as its enclosures.
    private func readLink(_ attributes: [String: String], isEntry: Bool, base: LinkBase?) {
        let rel = attributes["rel"]?.lowercased() ?? "alternate"
        guard let href = attributes["href"] else { return }
        if rel == "enclosure", isEntry {
            entry?.addEnclosure(url: href, type: attributes["type"], length: attributes["length"], base: base)
        }
        guard rel == "alternate" else { return }
        if isEntry {
            if entry?.link == nil {
                entry?.link = href
                entry?.linkBase = base
            }
        } else if fields.homePageURL == nil {
            fields.homePageURL = LinkBase.resolve(href, against: base)
        }
    }
}
