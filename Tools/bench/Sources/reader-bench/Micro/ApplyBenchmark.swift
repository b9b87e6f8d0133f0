import CorpusGenerator
import Foundation
import ReaderCore
@_spi(ReaderInternals) import ReaderStore

/// Page apply throughput of `ArticleStore.apply` on an on-disk cache: pages of
/// new articles, then the same pages again (every article unchanged), and the
/// same articles newest first, as feeds list them, into a cache of their own.
/// Mapping and tagging happen before the clock starts.
struct ApplyBenchmark {
    let articles: Int
    let pageSize: Int
    let runs: Int
    let folder: URL

    /// The medians of `runs` fresh caches, and the last cache, left for the
    /// mark-read benchmark.
    func run() async throws -> (report: ApplyReport, store: ArticleStore) {
        var inserting = Samples()
        var reapplying = Samples()
        var newestFirst = Samples()
        var tagging = Samples()
        var lastStore: ArticleStore?
        for run in 0..<runs {
            let store = try ArticleStore(path: folder.appendingPathComponent("apply-\(run).sqlite").path)
            let source = try await BenchSource.open(in: store)
            let corpus = CorpusArticles(corpus: CorpusGenerator(count: articles, seed: 11), source: source)
            let (pages, mapped) = await measure { corpus.pages(of: pageSize) }
            tagging.append(mapped)
            let (inserted, insertTime) = try await measure { try await apply(pages, to: source, in: store) }
            let (kept, keepTime) = try await measure { try await apply(pages, to: source, in: store) }
            guard inserted.new == articles, kept.unchanged == articles else {
                throw BenchError("apply stored \(inserted.new) new and kept \(kept.unchanged) of \(articles)")
            }
            inserting.append(insertTime)
            reapplying.append(keepTime)
            lastStore = store

            let reversedStore = try ArticleStore(path: folder.appendingPathComponent("apply-\(run)-newest-first.sqlite").path)
            let reversedSource = try await BenchSource.open(in: reversedStore)
            let reversedPages = pages.reversed().map { page in
                page.reversed().map { article in
                    var article = article
                    article.sourceID = reversedSource.id
                    return article
                }
            }
            let (stored, reversedTime) = try await measure { try await apply(reversedPages, to: reversedSource, in: reversedStore) }
            guard stored.new == articles else { throw BenchError("newest first stored \(stored.new) of \(articles)") }
            newestFirst.append(reversedTime)
        }
        let report = ApplyReport(
            articles: articles, pageSize: pageSize,
            newArticlesPerSecond: Double(articles) / inserting.median,
            unchangedArticlesPerSecond: Double(articles) / reapplying.median,
            newestFirstArticlesPerSecond: Double(articles) / newestFirst.median,
            mapAndTagArticlesPerSecond: Double(articles) / tagging.median)
        return (report, lastStore!)
    }

    private func apply(_ pages: [[Article]], to source: Source, in store: ArticleStore) async throws -> ApplyResult {
        var total = ApplyResult()
        for page in pages {
            total.add(try await store.apply(ArticleBatch(articles: page), to: source.id))
        }
        return total
    }
}

/// Page apply throughput.
struct ApplyReport: Encodable {
    var articles: Int
    var pageSize: Int
    var newArticlesPerSecond: Double
    var unchangedArticlesPerSecond: Double
    /// New articles in pages listed newest first, as feeds list them.
    var newestFirstArticlesPerSecond: Double
    var mapAndTagArticlesPerSecond: Double
}
