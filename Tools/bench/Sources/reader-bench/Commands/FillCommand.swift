import ArgumentParser
import CorpusGenerator
import Foundation
import ReaderCore
@_spi(ReaderInternals) import ReaderStore

/// `reader-bench fill`: a large cache built through the product's write path,
/// `ArticleStore.apply`, one page of articles per transaction, as a sync does,
/// then given the full-text entries of all of them, as the first search
/// after that sync would (`ArticleStore.indexQueuedArticles`).
struct FillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill a cache with the synthetic corpus through ArticleStore.apply.",
        discussion: "Prints one JSON line: counts and timings.")

    @Option(help: "The cache to create or extend.")
    var db: String

    @Option(help: "How many articles.")
    var count: Int

    @Option(help: "The corpus seed.")
    var seed: UInt64 = 1

    @Option(help: "Articles per apply transaction.")
    var pageSize = 1000

    @Option(help: "Mark this many of the newest articles read and bookmark every tenth of them, as a reader would have.")
    var readNewest = 2000

    func validate() throws {
        guard count >= 0, pageSize > 0, readNewest >= 0 else {
            throw ValidationError("--count and --read-newest must not be negative, --page-size must be positive.")
        }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let store = try ArticleStore(path: db)
        let source = try await BenchSource.open(in: store)
        let articles = CorpusArticles(corpus: CorpusGenerator(count: count, seed: seed), source: source)
        var report = FillReport(count: count, pageSize: pageSize)
        var mapping = Duration.zero
        var applying = Duration.zero
        for (number, start) in stride(from: 0, to: count, by: pageSize).enumerated() {
            let (page, mapped) = await measure { articles.page(start..<min(start + pageSize, count)) }
            let (result, applied) = try await measure {
                try await store.apply(ArticleBatch(articles: page), to: source.id)
            }
            report.result.add(result)
            mapping += mapped
            applying += applied
            if number % 100 == 99 { printProgress("fill: \(start + page.count) of \(count)") }
        }
        let (_, indexing) = try await measure { try await store.indexQueuedArticles() }
        let (_, marking) = try await measure { try await markNewest(in: store, source: source) }
        report.mapSeconds = mapping.seconds
        report.applySeconds = applying.seconds
        report.indexSeconds = indexing.seconds
        report.stateSeconds = marking.seconds
        report.totalSeconds = (clock.now - started).seconds
        report.applyArticlesPerSecond = Double(count) / max(applying.seconds, 1e-9)
        report.databaseBytes = Self.fileSize(db)
        try printJSON(report)
    }

    /// Marks the newest articles read and every tenth of them bookmarked, then
    /// empties the outbox, as a completed sync would have.
    private func markNewest(in store: ArticleStore, source: Source) async throws {
        guard readNewest > 0 else { return }
        try await store.setFlag(.read, to: true, matching: ArticleQuery(limit: readNewest))
        let newest = try await store.articles(ArticleQuery(limit: readNewest))
        let bookmarks = stride(from: 0, to: newest.count, by: 10).map { newest[$0].id }
        try await store.setFlag(.bookmarked, to: true, for: bookmarks)
        while true {
            let pending = try await store.pendingChanges(for: source, limit: 1000)
            if pending.isEmpty { break }
            try await store.acknowledge(pending, for: source)
        }
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// What `reader-bench fill` prints.
struct FillReport: Encodable {
    var count: Int
    var pageSize: Int
    var result = ApplyResult()
    var mapSeconds = 0.0
    var applySeconds = 0.0
    /// Making the full-text entries of the queue the pages left, after them.
    var indexSeconds = 0.0
    var stateSeconds = 0.0
    var totalSeconds = 0.0
    var applyArticlesPerSecond = 0.0
    var databaseBytes = 0
}
