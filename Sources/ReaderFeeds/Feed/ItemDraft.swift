import ReaderModels

/// How a text field of a feed is marked up.
enum TextMarkup {
    /// Plain text (character references are still decoded: feeds double-escape).
    case plain
    /// HTML.
    case html

    /// `text` as one line of plain text: HTML stripped if it is HTML,
    /// references decoded, whitespace collapsed.
    func plainText(_ text: String) -> String {
        switch self {
        case .html:
            return HTMLText.plainText(fromHTML: text)
        case .plain:
            var buffer = CollapsingTextBuffer()
            buffer.append(text)
            return buffer.string
        }
    }
}

/// An item's fields as a parser read them from the document, before they are
/// checked, derived and normalised into a ``ParsedItem`` by ``finished()``.
///
/// The three parsers fill drafts the same way, so that one article comes out
/// identical whatever format it came in.
struct ItemDraft {
    /// The guid, Atom id or JSON Feed id.
    var id: String?
    /// The link as written: the item's identity when it has no id.
    var link: String?
    /// The base in scope where the link was written.
    var linkBase: LinkBase?
    var title: String?
    var titleMarkup = TextMarkup.plain
    /// The feed's own summary, if it gives one.
    var summary: String?
    var summaryMarkup = TextMarkup.plain
    var contentHTML: String?
    /// The base in scope where the content was written.
    var contentBase: LinkBase?
    var author: String?
    var language: String?
    /// The publication date as written.
    var publishedText: String?
    /// The last-update date as written.
    var updatedText: String?
    var categories: [String] = []
    /// Enclosures, their URLs already resolved.
    var enclosures: [Enclosure] = []
    /// The `itunes:duration` as written.
    var itunesDuration: String?
    /// The image offered so far by the feed's own elements.
    var image = ImageChoice()

    /// The item, or nil when it has no title, no link and no content at all
    /// (see ``skipReason``).
    ///
    /// - The title is plain text: HTML stripped, references decoded,
    ///   whitespace collapsed. A missing title is derived from the first
    ///   ~80 characters of the text, else the link.
    /// - The summary is the plain text of the feed's own summary, else of the
    ///   content, cut to ~300 characters.
    /// - `published` falls back to the update date when only that is given.
    /// - The unique id is described in ``ItemIdentity``; it takes the link as
    ///   written, so that it does not change with the document's URL.
    /// - The link, enclosures and content URLs are resolved against their
    ///   bases; a link that is not http(s) is dropped. The image is the most
    ///   telling of ``ImageChoice``, else the content's first sizable one.
    func finished() -> ParsedItem? {
        let writtenLink = link.flatMap(Self.nonBlank)
        let link = writtenLink.map { LinkBase.resolve($0, against: linkBase) }.flatMap(Self.webLink)
        var content = contentHTML.flatMap(Self.nonBlank)
        let ownSummary = summary.flatMap(Self.nonBlank)
        var title = title.map(titleMarkup.plainText) ?? ""
        guard !title.isEmpty || link != nil || content != nil || ownSummary != nil else { return nil }

        let summarySource = ownSummary.map { ($0, summaryMarkup) } ?? content.map { ($0, TextMarkup.html) }
        let text = summarySource.map { Self.plainTextPrefix($0.0, markup: $0.1) } ?? ""
        if title.isEmpty { title = Self.derivedTitle(text: text, link: link) }
        guard !title.isEmpty else { return nil }
        let summary = TextTruncation.truncated(text, maxCharacters: FieldLimits.summaryLength)
        let dateText = (publishedText ?? updatedText).flatMap(Self.nonBlank)
        let updated = updatedText.flatMap(FeedDate.parse)
        let enclosures = finishedEnclosures()
        var image = image
        for enclosure in enclosures where enclosure.isImage { image.offer(enclosure.url, from: .enclosure) }
        if let html = content {
            let resolved = HTMLLinkResolver.resolve(html, against: contentBase, findingImage: image.url == nil)
            content = resolved.html
            image.offer(resolved.firstImageURL, from: .content)
        }
        return ParsedItem(
            uniqueID: ItemIdentity.uniqueID(
                id: id.flatMap(Self.nonBlank), link: writtenLink, title: title, dateText: dateText),
            url: link, title: title, summary: summary.isEmpty ? nil : summary, contentHTML: content,
            author: author.flatMap(Self.nonBlank), language: language.flatMap(Self.nonBlank),
            published: publishedText.flatMap(FeedDate.parse) ?? updated, updated: updated,
            categories: Self.uniqueCategories(categories), enclosures: enclosures, imageURL: image.url)
    }

    /// The enclosures without repeats or unusable URLs, the `itunes:duration`
    /// given to the first that is not an image.
    private func finishedEnclosures() -> [Enclosure] {
        var seen: Set<String> = []
        var result = enclosures.filter { !$0.url.isEmpty && Self.webLink($0.url) != nil && seen.insert($0.url).inserted }
        if let duration = itunesDuration.flatMap(PodcastDuration.seconds(from:)),
            let first = result.firstIndex(where: { !$0.isImage }), result[first].duration == nil
        {
            result[first].duration = duration
        }
        return result
    }

    /// `url` if an article may link to it: http(s), or relative when no base was known.
    private static func webLink(_ url: String) -> String? {
        ContentImage.isWebURL(url) || !LinkBase.hasScheme(url) ? url : nil
    }

    /// Why ``finished()`` returns nil.
    static let skipReason = "no title, link or content"

    /// A title for an item without one: the start of its text, else its link.
    private static func derivedTitle(text: String, link: String?) -> String {
        text.isEmpty ? link ?? "" : TextTruncation.truncated(text, maxCharacters: FieldLimits.derivedTitleLength)
    }

    /// Enough of the plain text of `text` for a summary or a derived title:
    /// more than ``FieldLimits/summaryLength`` characters when there are.
    private static func plainTextPrefix(_ text: String, markup: TextMarkup) -> String {
        let needed = FieldLimits.summaryLength + 1
        return switch markup {
        case .html: HTMLText.plainText(fromHTML: text, characterLimit: needed)
        case .plain: TextMarkup.plain.plainText(FieldLimits.clamped(text, maxBytes: 4 * needed))
        }
    }

    /// `text` trimmed, or nil if nothing is left.
    private static func nonBlank(_ text: String) -> String? {
        let trimmed = text.trimmingASCIIWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func uniqueCategories(_ categories: [String]) -> [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for category in categories {
            guard let name = nonBlank(category), seen.insert(name).inserted else { continue }
            result.append(name)
            if result.count == FieldLimits.maxCategories { break }
        }
        return result
    }
}
