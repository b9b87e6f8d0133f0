import Foundation
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
        self.init(title: article.title, contentHTML: article.contentHTML, summary: article.summary)
    }

    /// The entry of an article with these fields, as stored in its row.
    init(title: String, contentHTML: String?, summary: String?) {
        self.init(
            title: title, contentHTML: contentHTML, summary: summary,
            bodyText: Self.bodyText(contentHTML: contentHTML, summary: summary))
    }

    /// The entry for `article`, whose body text (``bodyText(contentHTML:summary:)``)
    /// is `bodyText`: it must be exactly that text, since removing the entry
    /// works it out again (``SearchIndex``).
    init(of article: Article, bodyText body: String) {
        self.init(title: article.title, contentHTML: article.contentHTML, summary: article.summary, bodyText: body)
    }

    private init(title: String, contentHTML: String?, summary: String?, bodyText body: String) {
        self.title = SearchText.indexable(title)
        self.body = SearchText.indexable(body)
        madeFrom = (title, contentHTML, summary)
    }

    /// The text of an article's body: its content as plain text, else its summary.
    static func bodyText(contentHTML: String?, summary: String?) -> String {
        contentHTML.map { HTMLText.plainText(fromHTML: $0) } ?? summary ?? ""
    }

    /// Whether this entry was made from exactly `article`'s text, byte for
    /// byte: Swift's `==` also calls canonically equivalent strings equal
    /// (`"\u{AC00}"` and its jamo `"\u{1100}\u{1161}"`, both 가), which the tokenizer indexes as different
    /// terms, so an entry made from one would be removed with the other's
    /// terms (``SearchIndex``) and leave its own behind.
    func isEntry(of article: Article) -> Bool {
        Self.sameBytes(madeFrom.title, article.title) && Self.sameBytes(madeFrom.contentHTML, article.contentHTML)
            && Self.sameBytes(madeFrom.summary, article.summary)
    }

    /// Compares the UTF-8 of both at once (`memcmp`), not byte by byte
    /// through the view's iterator, which `perf` showed as a third of the
    /// writer's own code in a first sync (it runs for every article stored).
    private static func sameBytes(_ lhs: String?, _ rhs: String?) -> Bool {
        guard var lhs, var rhs else { return lhs == nil && rhs == nil }
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 }
        }
    }
}
