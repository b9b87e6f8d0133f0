import CorpusGenerator
import Foundation
import ReaderCore
@_spi(ReaderInternals) import ReaderStore

/// Page apply throughput of `ArticleStore.apply` on an on-disk cache: pages of
/// new articles, then the full-text index of their queue
/// (`ArticleStore.indexQueuedArticles`, what the first search after a sync
/// does), then the same pages again (every article unchanged), and the same
/// articles newest first, as feeds list them, into a cache of their own.
/// Mapping and tagging are worked out before the clock starts, as a sync
/// does on its reading thread while the page before is stored. Besides the
/// wall time, each pass records the CPU time the process used, per article.
struct ApplyBenchmark {
    let articles: Int
    let pageSize: Int
    let runs: Int
    let folder: URL

    /// The medians of `runs` fresh caches, and the last cache, left for the
    /// mark-read benchmark.
    func run() async throws -> (report: ApplyReport, store: ArticleStore) {
        var inserting = Samples()
        var indexing = Samples()
        var reapplying = Samples()
        var newestFirst = Samples()
        var tagging = Samples()
        var insertingCPU = Samples()
        var indexingCPU = Samples()
        var reapplyingCPU = Samples()
        var newestFirstCPU = Samples()
        var lastStore: ArticleStore?
        for run in 0..<runs {
            let store = try ArticleStore(path: folder.appendingPathComponent("apply-\(run).sqlite").path)
            let source = try await BenchSource.open(in: store)
            let corpus = CorpusArticles(corpus: CorpusGenerator(count: articles, seed: 11), source: source)
            let (pages, mapped) = await measure { corpus.pages(of: pageSize).map { ArticleBatch(articles: $0) } }
            tagging.append(mapped)
            let (inserted, insertTime, insertCPU) = try await measureWithCPU { try await apply(pages, to: source, in: store) }
            let (queued, indexTime, indexCPU) = try await measureWithCPU { try await store.indexQueuedArticles() }
            guard queued == 0 else { throw BenchError("indexing left \(queued) articles queued") }
            indexing.append(indexTime)
            indexingCPU.append(indexCPU)
            let (kept, keepTime, keepCPU) = try await measureWithCPU { try await apply(pages, to: source, in: store) }
            guard inserted.new == articles, kept.unchanged == articles else {
                throw BenchError("apply stored \(inserted.new) new and kept \(kept.unchanged) of \(articles)")
            }
            inserting.append(insertTime)
            reapplying.append(keepTime)
            insertingCPU.append(insertCPU)
            reapplyingCPU.append(keepCPU)
            lastStore = store

            let reversedStore = try ArticleStore(path: folder.appendingPathComponent("apply-\(run)-newest-first.sqlite").path)
            let reversedSource = try await BenchSource.open(in: reversedStore)
            let reversedPages = pages.reversed().map { page in
                var batch = page
                batch.articles = page.articles.reversed().map { article in
                    var article = article
                    article.sourceID = reversedSource.id
                    return article
                }
                return batch
            }
            let (stored, reversedTime, reversedCPU) = try await measureWithCPU {
                try await apply(reversedPages, to: reversedSource, in: reversedStore)
            }
            guard stored.new == articles else { throw BenchError("newest first stored \(stored.new) of \(articles)") }
            newestFirst.append(reversedTime)
            newestFirstCPU.append(reversedCPU)
        }
        let report = ApplyReport(
            articles: articles, pageSize: pageSize,
            newArticlesPerSecond: Double(articles) / inserting.median,
            indexedArticlesPerSecond: Double(articles) / indexing.median,
            unchangedArticlesPerSecond: Double(articles) / reapplying.median,
            newestFirstArticlesPerSecond: Double(articles) / newestFirst.median,
            mapAndTagArticlesPerSecond: Double(articles) / tagging.median,
            newCPUMicrosecondsPerArticle: insertingCPU.median * 1e6 / Double(articles),
            indexingCPUMicrosecondsPerArticle: indexingCPU.median * 1e6 / Double(articles),
            unchangedCPUMicrosecondsPerArticle: reapplyingCPU.median * 1e6 / Double(articles),
            newestFirstCPUMicrosecondsPerArticle: newestFirstCPU.median * 1e6 / Double(articles))
        return (report, lastStore!)
    }

    private func apply(_ pages: [ArticleBatch], to source: Source, in store: ArticleStore) async throws -> ApplyResult {
        var total = ApplyResult()
        for page in pages {
            total.add(try await store.apply(page, to: source.id))
        }
        return total
    }
}

/// Page apply throughput.
struct ApplyReport: Encodable {
    var articles: Int
    var pageSize: Int
    var newArticlesPerSecond: Double
    /// Queued articles given their full-text entries, in one call.
    var indexedArticlesPerSecond: Double
    var unchangedArticlesPerSecond: Double
    /// New articles in pages listed newest first, as feeds list them.
    var newestFirstArticlesPerSecond: Double
    /// Mapping and tagging, before apply.
    var mapAndTagArticlesPerSecond: Double
    /// CPU time of the process per article, for new articles.
    var newCPUMicrosecondsPerArticle: Double
    /// … for indexing queued ones.
    var indexingCPUMicrosecondsPerArticle: Double
    /// … for unchanged ones.
    var unchangedCPUMicrosecondsPerArticle: Double
    /// … for new articles in pages listed newest first.
    var newestFirstCPUMicrosecondsPerArticle: Double
}
