import ReaderCore

/// Latency of one local state change through the library, `ArticleStore.setFlag`
/// on one article of a sync endpoint: the clock stamp, the state row and the
/// outbox row, in one transaction.
struct MarkBenchmark {
    let marks: Int

    /// Marks `marks` articles read one by one, then bookmarks them one by one,
    /// and checks that every change reached the outbox.
    func run(on store: ArticleStore) async throws -> MarkReport {
        let ids = try await store.articles(ArticleQuery(limit: marks)).map(\.id)
        guard ids.count == marks else { throw BenchError("the cache has \(ids.count) articles, not \(marks)") }
        let outboxBefore = try await store.outboxCount()
        var read = Samples()
        var bookmark = Samples()
        for id in ids {
            read.append(try await measure { try await store.setFlag(.read, to: true, for: [id]) }.duration)
        }
        for id in ids {
            bookmark.append(try await measure { try await store.setFlag(.bookmarked, to: true, for: [id]) }.duration)
        }
        let queued = try await store.outboxCount() - outboxBefore
        guard queued == 2 * marks else { throw BenchError("the outbox holds \(queued) new changes, not \(2 * marks)") }
        return MarkReport(
            marks: marks, outboxRows: queued,
            readP50Milliseconds: read.median * 1000, readP99Milliseconds: read.percentile(99) * 1000,
            bookmarkP50Milliseconds: bookmark.median * 1000, bookmarkP99Milliseconds: bookmark.percentile(99) * 1000)
    }
}

/// State change latency.
struct MarkReport: Encodable {
    var marks: Int
    var outboxRows: Int
    var readP50Milliseconds: Double
    var readP99Milliseconds: Double
    var bookmarkP50Milliseconds: Double
    var bookmarkP99Milliseconds: Double
}
