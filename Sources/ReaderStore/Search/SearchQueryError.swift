/// Why a search text cannot be run, in words safe to show its user.
///
/// For example:
///
/// ```swift
/// do {
///     _ = try SearchQuery("patent OR")
/// } catch {
///     print(error)   // OR in the search "patent OR" joins nothing: …
/// }
/// ```
public enum SearchQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text holds no word to look for: only punctuation (`*`, `"`) or spaces.
    case noSearchableText(search: String)
    /// A `"` opens a phrase that no `"` closes.
    case unclosedQuote(search: String)
    /// A part of the search (the whole of it, or one side of an `OR`) only
    /// leaves words out (`-trademark`, `NOT trademark`): there is nothing to find.
    case onlyExclusions(search: String)
    /// `OR` or `NOT` stands where it joins nothing (`patent OR`, `OR patent`, `patent NOT`).
    case misplacedOperator(String, search: String)
    /// Syntax the search does not support, named in words (parentheses that
    /// group beside an operator, a one-character Chinese word beside `OR`).
    case unsupported(String, search: String)

    /// One line that says what is wrong and how the search is written.
    public var description: String {
        switch self {
        case .noSearchableText(let search):
            "the search \"\(search)\" has no word to look for"
        case .unclosedQuote(let search):
            "the search \"\(search)\" opens a phrase with \" that no \" closes"
        case .onlyExclusions(let search):
            "the search \"\(search)\" only leaves words out; give a word to find too (patent -trademark)"
        case .misplacedOperator(let word, let search):
            "\(word) in the search \"\(search)\" joins nothing: put it between words (patent \(word) trademark)"
        case .unsupported(let feature, let search):
            "the search \"\(search)\" uses \(feature), which search does not support; "
                + "it takes words, \"phrases\", prefix*, -word and OR"
        }
    }
}
