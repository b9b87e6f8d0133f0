public import Foundation
import ReaderFeeds
public import ReaderModels
import ReaderRandom

/// A deterministic synthetic corpus of IP news articles across all 34
/// provincial-level divisions, in English (about 70%) and Chinese.
///
/// Every article is drawn from its own random stream, derived from the seed
/// and its index, so ``article(at:)`` needs no other article and the corpus can
/// be written or stored in batches, however large. Provinces go round the 34
/// divisions in a fixed stride, so any 34 consecutive articles name every
/// one; dates spread evenly over 2015–2024 in index order.
///
/// For example:
///
/// ```swift
/// let corpus = CorpusGenerator(count: 1000, seed: 42)
/// let first = corpus.article(at: 0)     // id "c42-1"
/// for article in corpus.articles { ... } // 1000 articles, lazily
/// ```
public struct CorpusGenerator: Sendable {
    /// How many articles the corpus holds.
    public let count: Int
    /// The seed that fixes every byte of the corpus.
    public let seed: UInt64
    /// The start of every id, so two corpora with different prefixes never share ids.
    public let idPrefix: String

    /// The share of articles written in English; the rest are in Chinese.
    public static let englishShare = 0.7

    /// Creates the corpus of `count` articles for `seed`; ids are
    /// `<idPrefix><seed>-<n>`, with `n` from 1.
    public init(count: Int, seed: UInt64, idPrefix: String = "c") {
        precondition(count >= 0, "count must not be negative")
        self.count = count
        self.seed = seed
        self.idPrefix = idPrefix
    }

    /// All articles in index order, generated on demand.
    public var articles: LazyMapSequence<Range<Int>, SyncWire.Article> {
        (0..<count).lazy.map { article(at: $0) }
    }

    /// The id of the article at `index`.
    public func id(at index: Int) -> String { "\(idPrefix)\(seed)-\(index + 1)" }

    /// The province that the article at `index` is about.
    public func province(at index: Int) -> Province {
        let all = Province.allCases
        let start = Int(seed % UInt64(all.count))
        return all[(start + index * Self.provinceStride) % all.count]
    }

    /// The article at `index`, in `0..<count`.
    public func article(at index: Int) -> SyncWire.Article {
        var random = SplitMix64(seed: seed, index: index)
        let published = publicationDate(at: index, random: &random)
        let updated =
            random.nextUnit() < 0.15 ? published.addingTimeInterval(Double(random.next(in: 1...72)) * 3600) : published
        let isEnglish = random.nextUnit() < Self.englishShare
        let serial = "\(idPrefix.uppercased())\(seed)-\(index + 1)"
        let facts = StoryFacts(serial: serial, province: province(at: index), published: published, random: &random)
        let id = id(at: index)
        let title = isEnglish ? EnglishStory.title(facts) : ChineseStory.title(facts)
        let paragraphs = isEnglish ? EnglishStory.paragraphs(facts) : ChineseStory.paragraphs(facts)
        return SyncWire.Article(
            id: id,
            url: "https://ipnews.example/\(isEnglish ? "en" : "zh")/\(id).html",
            title: title,
            published: published,
            updated: updated,
            summary: paragraphs[0],
            contentHTML: paragraphs.map { "<p>\(HTMLText.escaped($0))</p>" }.joined(separator: "\n"),
            author: isEnglish ? "CNIPA" : "国家知识产权局",
            language: isEnglish ? "en" : "zh",
            provinces: nil,
            tags: isEnglish ? facts.kind.englishTags : facts.kind.chineseTags)
    }

    /// The feed documents' own update time: no article is updated later
    /// (dates end with 2024, and an edit adds at most 72 hours).
    public var feedUpdated: Date { Self.lastDay.addingTimeInterval(3 * 24 * 3600) }

    /// Dates spread evenly over the span in index order, each with a random
    /// offset inside its slot, whole minutes.
    private func publicationDate(at index: Int, random: inout SplitMix64) -> Date {
        let span = Int64(Self.lastDay.timeIntervalSince(Self.firstDay))
        let slot = max(span / Int64(max(count, 1)), 60)
        let start = span * Int64(index) / Int64(max(count, 1))
        let offset = Int64(random.next(below: Int(slot)))
        let seconds = (start + offset) / 60 * 60
        return Self.firstDay.addingTimeInterval(Double(seconds))
    }

    /// 7 has no factor in common with 34, so the stride visits every province.
    private static let provinceStride = 7
    private static let firstDay = Date(timeIntervalSince1970: 1_420_070_400)  // 2015-01-01T00:00:00Z
    private static let lastDay = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01T00:00:00Z
}
