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
    var link: String?
    var title: String?
    var titleMarkup = TextMarkup.plain
    /// The feed's own summary, if it gives one.
    var summary: String?
    var summaryMarkup = TextMarkup.plain
    var contentHTML: String?
    var author: String?
    var language: String?
    /// The publication date as written.
    var publishedText: String?
    /// The last-update date as written.
    var updatedText: String?
    var categories: [String] = []

    /// The item, or nil when it has no title, no link and no content at all
    /// (see ``skipReason``).
    ///
    /// - The title is plain text: HTML stripped, references decoded,
    ///   whitespace collapsed. A missing title is derived from the first
    ///   ~80 characters of the text, else the link.
    /// - The summary is the plain text of the feed's own summary, else of the
    ///   content, cut to ~300 characters.
    /// - `published` falls back to the update date when only that is given.
    /// - The unique id is described in ``ItemIdentity``.
    func finished() -> ParsedItem? {
        let link = link.flatMap(Self.nonBlank)
        let content = contentHTML.flatMap(Self.nonBlank)
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
        return ParsedItem(
            uniqueID: ItemIdentity.uniqueID(
                id: id.flatMap(Self.nonBlank), link: link, title: title, dateText: dateText),
            url: link, title: title, summary: summary.isEmpty ? nil : summary, contentHTML: content,
            author: author.flatMap(Self.nonBlank), language: language.flatMap(Self.nonBlank),
            published: publishedText.flatMap(FeedDate.parse) ?? updated, updated: updated,
            categories: Self.uniqueCategories(categories))
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
