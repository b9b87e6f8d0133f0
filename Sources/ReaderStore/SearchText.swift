/// Prepares text for the `article_search` FTS5 table and user queries for it.
///
/// SQLite's `unicode61` tokenizer does not split Chinese, and its `trigram`
/// tokenizer finds nothing shorter than three characters, while the most
/// common Chinese IP words (专利, 商标, 版权) have two. So runs of CJK
/// characters are indexed as overlapping bigrams (`知识产权` → `知识 识产 产权`),
/// and a CJK query word becomes the phrase of its bigrams (``SearchQuery``). Latin text is left to
/// the `porter unicode61` tokenizer, which folds case and stems English.
enum SearchText {
    /// `text` with every CJK run rewritten as space-separated overlapping
    /// bigrams: a space before and after each run, one between its pairs,
    /// and a run of one character kept as it is (`专利 patent 商` →
    /// ` 专利  patent  商 `).
    ///
    /// Runs once per article on the reading thread of every sync, so it reads
    /// and writes UTF-8 bytes, copying text between CJK runs as it is, and
    /// returns text without CJK (every code point below U+3040, so no UTF-8
    /// byte from 0xE3 up) without copying it. (Decoding scalar by scalar
    /// into a captured array was 16% of that thread's time in a first sync.)
    static func indexable(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 >= 0xE3 }) else { return nil }
            return String(unsafeUninitializedCapacity: bigramCapacity(forByteCount: bytes.count)) { output in
                BigramWriter(output: output).write(bytes)
            }
        } ?? text
    }

    /// Room for the bigram text of `byteCount` bytes: at most 7 bytes for
    /// each 3-byte CJK character (its bytes twice, and a space), 1 more
    /// before a run.
    private static func bigramCapacity(forByteCount byteCount: Int) -> Int {
        byteCount / 3 * 7 + 8
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
        isCJK(codePoint: scalar.value)
    }

    /// Whether the code point `value` is CJK (``isCJK(_:)``).
    static func isCJK(codePoint value: UInt32) -> Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F,
            0x3040...0x30FF, 0xAC00...0xD7AF:
            true
        default:
            false
        }
    }
}
