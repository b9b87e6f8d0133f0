import ReaderFeeds

/// An article's row in the `article_search` index: its title and plain-text
/// body as the index takes them (CJK runs as bigrams). Always made from the
/// article's stored row, so that removing an entry gives FTS5 the very text
/// it was made from (``SearchIndex``).
struct SearchEntry: Sendable {
    /// The indexed title.
    let title: String
    /// The indexed body: the content as plain text, else the summary.
    let body: String

    /// The entry of an article with these fields, as stored in its row.
    init(title: String, contentHTML: String?, summary: String?) {
        self.title = SearchText.indexable(title)
        body = SearchText.indexable(Self.bodyText(contentHTML: contentHTML, summary: summary))
    }

    /// The text of an article's body: its content as plain text, else its summary.
    static func bodyText(contentHTML: String?, summary: String?) -> String {
        contentHTML.map { HTMLText.plainText(fromHTML: $0) } ?? summary ?? ""
    }
}
