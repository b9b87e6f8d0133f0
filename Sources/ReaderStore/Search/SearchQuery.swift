/// A search text as the cache runs it, checked when it is made.
///
/// Words are all required (English stemmed, Chinese matched as written);
/// `"a phrase"` must appear as written; `pat*` matches words that begin so;
/// `-word` and `NOT word` leave out articles that have it; `OR` between two
/// parts finds either (`AND` may be written, and changes nothing). Chinese
/// takes the same syntax: `专利 OR 商标`, `"知识产权" -商标`. Parentheses are
/// punctuation, as in a pasted title, but cannot group beside an operator.
///
/// ```swift
/// let search = try SearchQuery("patent OR trademark -Beijing")
/// let rows = try await store.articles(ArticleQuery(search: search.text))
/// ```
///
/// ``ArticleQuery/search`` takes the text and checks it the same way: a
/// query whose text is not valid throws ``StoreError/invalidSearch(_:)``.
public struct SearchQuery: Sendable, Equatable {
    /// The text as the user wrote it.
    public let text: String
    /// The parts joined by `OR`: an article matches if it matches one.
    let alternatives: [SearchAlternative]

    /// Parses `text`.
    /// - throws: ``SearchQueryError`` when it has no word to look for, an
    ///   unclosed `"`, a part that only leaves words out, an `OR` or `NOT`
    ///   that joins nothing, or parentheses beside an operator.
    public init(_ text: String) throws(SearchQueryError) {
        self.text = text
        guard !SearchText.terms(of: text).isEmpty else { throw .noSearchableText(search: text) }
        alternatives = try SearchQueryParser(text).alternatives()
        let needsScan = alternatives.contains { !$0.substringsRequired.isEmpty || !$0.substringsExcluded.isEmpty }
        if alternatives.count > 1 && needsScan {
            throw .unsupported("a one-character Chinese word beside OR", search: text)
        }
    }

    /// The FTS5 `MATCH` expression for the words the index can find, or `nil`
    /// when only substring scans and index exclusions are left (`专 -patent`).
    var matchExpression: String? {
        let parts = alternatives.compactMap(\.matchExpression)
        guard !parts.isEmpty else { return nil }
        return parts.count == 1 ? parts[0] : parts.map { "(\($0))" }.joined(separator: " OR ")
    }

    /// Index words to leave out when no index word is required, so that
    /// they cannot be written as `… NOT …` inside ``matchExpression``.
    var unmatchedExclusion: String? {
        guard alternatives.count == 1, let only = alternatives.first, only.required.isEmpty else { return nil }
        return only.excludedExpression
    }

    /// Single CJK characters every match must contain, which the bigram
    /// index cannot find (only with one alternative).
    var substringsRequired: [String] { alternatives.first?.substringsRequired ?? [] }

    /// Groups of single CJK characters: a match must not contain all of any one group.
    var substringsExcluded: [[String]] { alternatives.first?.substringsExcluded ?? [] }
}

/// One side of an `OR`: what an article must have, and what it must not.
struct SearchAlternative: Sendable, Equatable {
    /// Index phrases that must all match (`"patent"`, `"知识 识产 产权"`, `"pat"*`).
    var required: [String] = []
    /// Single CJK characters that must all appear.
    var substringsRequired: [String] = []
    /// Terms to leave out, each the index phrases that must all match for it.
    var excluded: [[String]] = []
    /// Terms to leave out made only of single CJK characters.
    var substringsExcluded: [[String]] = []

    /// Whether nothing is required: the part only leaves words out.
    var findsNothing: Bool { required.isEmpty && substringsRequired.isEmpty }

    /// `("a" AND "b") NOT ("c") …`, or `nil` without a required index phrase.
    var matchExpression: String? {
        guard !required.isEmpty else { return nil }
        let positive = required.joined(separator: " AND ")
        guard !excluded.isEmpty else { return positive }
        return "(\(positive))" + excluded.map { " NOT (\($0.joined(separator: " AND ")))" }.joined()
    }

    /// The excluded terms as one expression matching any of them.
    var excludedExpression: String? {
        excluded.isEmpty ? nil : excluded.map { "(\($0.joined(separator: " AND ")))" }.joined(separator: " OR ")
    }
}
