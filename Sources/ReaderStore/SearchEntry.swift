import ReaderFeeds
import ReaderModels

/// An article's row in the `article_search` index: its title and plain-text
/// body as the index takes them (CJK runs as bigrams), with the fields they
/// were made from, so an entry worked out ahead is used only for the same text.
struct SearchEntry: Sendable {
    /// The indexed title.
    let title: String
    /// The indexed body: the content as plain text, else the summary.
    let body: String
    private let madeFrom: (title: String, contentHTML: String?, summary: String?)

    /// The entry for `article`.
    init(of article: Article) {
        self.init(of: article, bodyText: Self.bodyText(of: article))
    }

    /// The entry for `article`, whose body text (``bodyText(of:)``) is `bodyText`.
    init(of article: Article, bodyText body: String) {
        title = SearchText.indexable(article.title)
        self.body = SearchText.indexable(body)
        madeFrom = (article.title, article.contentHTML, article.summary)
    }

    /// The text of an article's body: its content as plain text, else its summary.
    static func bodyText(of article: Article) -> String {
        article.contentHTML.map { HTMLText.plainText(fromHTML: $0) } ?? article.summary ?? ""
    }

    /// Whether this entry was made from `article`'s text.
    func isEntry(of article: Article) -> Bool {
        madeFrom.title == article.title && madeFrom.contentHTML == article.contentHTML
            && madeFrom.summary == article.summary
    }
}
