/// Prepares text for the `article_search` FTS5 table and user queries for it.
///
/// SQLite's `unicode61` tokenizer does not split Chinese, and its `trigram`
/// tokenizer finds nothing shorter than three characters, while the most
/// common Chinese IP words (专利, 商标, 版权) have two. So runs of CJK
/// characters are indexed as overlapping bigrams (`知识产权` → `知识 识产 产权`),
/// and a CJK query word becomes the phrase of its bigrams (``SearchQuery``). Latin text is left to
/// the `porter unicode61` tokenizer, which folds case and stems English.
enum SearchText {
    /// `text` with every CJK run rewritten as space-separated overlapping bigrams.
    ///
    /// Runs once per article on every insert and update, so it writes UTF-8
    /// bytes directly, and returns text without CJK (every code point below
    /// U+3040, so no UTF-8 byte from 0xE3 up) as it is.
    static func indexable(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0xE3 }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 2)
        var previous: Unicode.Scalar?
        var runLength = 0
        func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { output.append($0) }
        }
        func endRun() {
            guard let single = previous else { return }
            if runLength == 1 { append(single) }
            output.append(0x20)
            previous = nil
            runLength = 0
        }
        for scalar in text.unicodeScalars {
            guard isCJK(scalar) else {
                endRun()
                append(scalar)
                continue
            }
            if let previous {
                if runLength >= 2 { output.append(0x20) }
                append(previous)
                append(scalar)
            } else {
                output.append(0x20)
            }
            previous = scalar
            runLength += 1
        }
        endRun()
        return String(decoding: output, as: UTF8.self)
    }

    /// The words and CJK runs of `query`, without punctuation.
    static func terms(of query: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsCJK = false
        func flush() {
            if !current.isEmpty { terms.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in query.unicodeScalars {
            let cjk = isCJK(scalar)
            if cjk || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !current.isEmpty && cjk != currentIsCJK { flush() }
                currentIsCJK = cjk
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    /// Whether `term` is one CJK character, which no bigram holds by itself.
    static func isSingleCJKCharacter(_ term: String) -> Bool {
        term.unicodeScalars.count == 1 && term.unicodeScalars.allSatisfy(isCJK)
    }

    /// The overlapping pairs of `run` (`知识产权` → `知识`, `识产`, `产权`); one character stays itself.
    static func bigrams(of run: [Unicode.Scalar]) -> [String] {
        guard run.count > 1 else { return run.map { String($0) } }
        return (0..<(run.count - 1)).map { index in
            var pair = String.UnicodeScalarView()
            pair.append(run[index])
            pair.append(run[index + 1])
            return String(pair)
        }
    }

    /// Han ideographs (with extensions and compatibility forms), kana and Hangul.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F,
            0x3040...0x30FF, 0xAC00...0xD7AF:
            true
        default:
            false
        }
    }
}
