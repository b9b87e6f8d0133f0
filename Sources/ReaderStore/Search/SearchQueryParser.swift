/// Reads a search text into ``SearchAlternative``s: words, `"phrases"`,
/// `prefix*`, `-word`, `NOT word`, `AND` and `OR`, separated by spaces.
struct SearchQueryParser {
    /// One word or phrase of the text.
    private struct Term {
        var text: String
        var isPhrase: Bool
        var isPrefix: Bool
        var isExcluded: Bool
    }

    /// What the text is made of, in order.
    private enum Token {
        case term(Term)
        case or, and, not
    }

    private let text: String

    init(_ text: String) {
        self.text = text
    }

    /// The parts of the text joined by `OR`.
    func alternatives() throws(SearchQueryError) -> [SearchAlternative] {
        var alternatives: [SearchAlternative] = []
        var current = SearchAlternative()
        var currentIsEmpty = true
        var negateNext = false
        for token in try tokens() {
            switch token {
            case .or:
                guard !currentIsEmpty, !negateNext else { throw .misplacedOperator("OR", search: text) }
                alternatives.append(current)
                current = SearchAlternative()
                currentIsEmpty = true
            case .and:
                guard !currentIsEmpty, !negateNext else { throw .misplacedOperator("AND", search: text) }
            case .not:
                guard !negateNext else { throw .misplacedOperator("NOT", search: text) }
                negateNext = true
            case .term(var term):
                term.isExcluded = term.isExcluded || negateNext
                negateNext = false
                if try add(term, to: &current) { currentIsEmpty = false }
            }
        }
        if negateNext { throw .misplacedOperator("NOT", search: text) }
        if currentIsEmpty {
            if alternatives.isEmpty { throw .noSearchableText(search: text) }
            throw .misplacedOperator("OR", search: text)
        }
        alternatives.append(current)
        if alternatives.contains(where: \.findsNothing) { throw .onlyExclusions(search: text) }
        return alternatives
    }

    /// Adds `term` to `alternative`; `false` when it has no word (`*`, `-`).
    private func add(_ term: Term, to alternative: inout SearchAlternative) throws(SearchQueryError) -> Bool {
        let (index, substrings) = Self.atoms(of: term)
        guard !index.isEmpty || !substrings.isEmpty else { return false }
        if !term.isExcluded {
            alternative.required += index
            alternative.substringsRequired += substrings
        } else if substrings.isEmpty {
            alternative.excluded.append(index)
        } else if index.isEmpty {
            alternative.substringsExcluded.append(substrings)
        } else {
            throw .unsupported("a left-out word mixing one-character Chinese words with others", search: text)
        }
        return true
    }

    /// The index phrases and the single CJK characters (found by a
    /// substring scan) that `term` stands for.
    private static func atoms(of term: Term) -> (index: [String], substrings: [String]) {
        let pieces = SearchText.terms(of: term.text)
        let lastIsLatin = pieces.last.map { !isCJKRun($0) } ?? false
        if term.isPhrase {
            if pieces.count == 1, SearchText.isSingleCJKCharacter(pieces[0]) { return ([], pieces) }
            guard !pieces.isEmpty else { return ([], []) }
            let tokens = pieces.flatMap { isCJKRun($0) ? SearchText.bigrams(of: Array($0.unicodeScalars)) : [$0] }
            return (["\"" + tokens.joined(separator: " ") + "\"" + (term.isPrefix && lastIsLatin ? "*" : "")], [])
        }
        var index: [String] = []
        var substrings: [String] = []
        for (position, piece) in pieces.enumerated() {
            if SearchText.isSingleCJKCharacter(piece) {
                substrings.append(piece)
            } else if isCJKRun(piece) {
                index.append("\"" + SearchText.bigrams(of: Array(piece.unicodeScalars)).joined(separator: " ") + "\"")
            } else {
                let prefix = term.isPrefix && position == pieces.count - 1
                index.append("\"" + piece + "\"" + (prefix ? "*" : ""))
            }
        }
        return (index, substrings)
    }

    /// Whether `piece` (a word or CJK run of ``SearchText/terms(of:)``) is CJK.
    private static func isCJKRun(_ piece: String) -> Bool {
        piece.unicodeScalars.allSatisfy(SearchText.isCJK)
    }

    /// The words, phrases and operators of the text.
    private func tokens() throws(SearchQueryError) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        func endWord() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            switch word {
            case "OR": tokens.append(.or)
            case "AND": tokens.append(.and)
            case "NOT": tokens.append(.not)
            default:
                let excluded = word.hasPrefix("-")
                let body = excluded ? String(word.dropFirst()) : word
                tokens.append(
                    .term(Term(text: body, isPhrase: false, isPrefix: body.hasSuffix("*"), isExcluded: excluded)))
            }
        }
        var sawParenthesis = false
        var characters = text[...]
        while let character = characters.popFirst() {
            if character.isWhitespace {
                endWord()
            } else if character == "(" || character == ")" {
                // Punctuation in a pasted title (`… (IP News No. 12)`); grouping beside an operator is refused below.
                endWord()
                sawParenthesis = true
            } else if character == "\"" {
                let excluded = word == "-"
                if !excluded { endWord() }
                word = ""
                guard let close = characters.firstIndex(of: "\"") else { throw .unclosedQuote(search: text) }
                let phrase = String(characters[..<close])
                characters = characters[characters.index(after: close)...]
                let prefix = characters.first == "*"
                tokens.append(.term(Term(text: phrase, isPhrase: true, isPrefix: prefix, isExcluded: excluded)))
            } else {
                word.append(character)
            }
        }
        endWord()
        let hasOperator = tokens.contains { if case .term = $0 { false } else { true } }
        if sawParenthesis && hasOperator { throw .unsupported("parentheses to group OR, AND or NOT", search: text) }
        return tokens
    }
}
