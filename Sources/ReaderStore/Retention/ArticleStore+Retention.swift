public import Foundation
import GRDB

// MARK: - Retention

extension ArticleStore {
    /// The cache's retention policy: ``RetentionPolicy/keepEverything`` until one is set.
    /// - throws: ``StoreError``.
    public func retentionPolicy() async throws(StoreError) -> RetentionPolicy {
        try await read("reading the retention policy", RetentionPolicyRows.load)
    }

    /// Saves `policy` as the cache's retention policy, for every process
    /// that opens it (the library after each sync, `reader prune`). Setting
    /// ``RetentionPolicy/keepEverything`` clears it.
    /// - throws: ``StoreError/sourceNotFound(_:)`` when ``RetentionPolicy/sourceLimits``
    ///   names a source not saved (and nothing is changed), or another ``StoreError``.
    public func setRetentionPolicy(_ policy: RetentionPolicy) async throws(StoreError) {
        try await write("saving the retention policy") { db in try RetentionPolicyRows.save(policy, in: db) }
    }

    /// Removes the articles `policy` lets go, in transactions of a bounded
    /// number of articles, then gives the space back to the file system.
    ///
    /// Besides what the policy's limits select (see ``RetentionPolicy`` for
    /// what they never remove), a prune removes the articles of removed
    /// sources that are no longer bookmarked, and such a source once it has
    /// none left. Each pruned article leaves with its search entry and
    /// province rows; its read state and bookmark clocks stay, marked with the
    /// time of the prune, so the article comes back read if its feed delivers
    /// it again; state rows pruned longer ago than
    /// ``RetentionPolicy/stateRetention`` go, unless a change to them is still
    /// waiting in the outbox. Sync bookkeeping is untouched: cursors,
    /// validators, the outbox, accounts' positions.
    ///
    /// The articles are chosen once, then removed newest first in batches
    /// of 10,000, each its own transaction, so the write-ahead
    /// log stays the size of a batch however much goes, and other writes
    /// (a sync, a mark) run between batches. Each batch checks its articles
    /// again: one bookmarked, or marked unread while young, since the prune
    /// began stays (and is not in the report).
    ///
    /// The space is given back with SQLite's incremental vacuum, or a full
    /// `VACUUM` when most of the file is free (quicker then), after a prune
    /// that removed most articles merged the search index (deleted entries
    /// otherwise keep their space in it); a cache made before incremental
    /// vacuum was turned on is compacted once with a full `VACUUM` by the
    /// first prune that removes something (which rewrites the file).
    ///
    /// - parameter now: the time ages are measured from.
    /// - parameter dryRun: report what would be removed, and change nothing.
    /// - returns: what was removed (or would be), per source.
    /// - throws: ``StoreError``; the batches committed before it stay
    ///   removed, the cache is consistent, and the next prune removes the rest.
    public func prune(_ policy: RetentionPolicy, now: Date = Date(), dryRun: Bool = false)
        async throws(StoreError) -> PruneReport
    {
        try await prune(policy, now: now, dryRun: dryRun, batchSize: Self.pruneBatchSize, betweenBatches: {})
    }

    /// The most articles a prune removes in one transaction: about 80 MB of
    /// write-ahead log with articles of a few kilobytes (Tools/bench/results/prune).
    static let pruneBatchSize = 10_000

    /// ``prune(_:now:dryRun:)`` in batches of `batchSize` articles, calling
    /// `betweenBatches` after each batch's commit (tests use it to write
    /// between two batches).
    @_spi(ReaderInternals) public func prune(
        _ policy: RetentionPolicy, now: Date, dryRun: Bool, batchSize: Int,
        betweenBatches: @escaping @Sendable () async -> Void
    ) async throws(StoreError) -> PruneReport {
        guard !dryRun else { return try await reportPrune(policy, now: now) }
        let before = fileBytes()
        let table = PruneSelection.makeTable()
        var report: PruneReport
        do throws(StoreError) {
            try await write("choosing the articles to prune") { db in
                try PruneSelection(db: db, policy: policy, now: now, table: table).select()
            }
            report = PruneReport(isDryRun: false, sources: [], articleIDs: [], contentBytes: 0, statesDropped: 0)
            while let batch = try await write("pruning articles", { db in
                try PruneBatch(selection: PruneSelection(db: db, policy: policy, now: now, table: table), size: batchSize).run()
            }) {
                report.add(batch)
                await betweenBatches()
            }
        } catch {
            _ = try? await write("pruning articles") { db in try db.execute(sql: "DROP TABLE IF EXISTS \(table)") }
            throw error
        }
        let (statesDropped, articlesLeft) = try await write("dropping the state of long-pruned articles") { db in
            try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
            return (
                try PrunedArticles(db: db).dropStaleStates(now: now, stateRetention: policy.stateRetention),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
        }
        report.statesDropped = statesDropped
        if report.articles > 0 || statesDropped > 0 {
            try await reclaimSpace(mergingSearchIndex: report.articles > articlesLeft)
        }
        report.fileBytesBefore = before
        report.fileBytesAfter = fileBytes()
        return report
    }

    /// What a prune by `policy` at `now` would remove, changing nothing.
    private func reportPrune(_ policy: RetentionPolicy, now: Date) async throws(StoreError) -> PruneReport {
        try await write("pruning articles (dry run)") { db in
            try PruneSelection(db: db, policy: policy, now: now).select()
            let articles = PrunedArticles(db: db)
            var report = try articles.report(isDryRun: true)
            report.statesDropped = try articles.countStaleStates(now: now, stateRetention: policy.stateRetention)
            try db.execute(sql: "DELETE FROM \(PruneSelection.defaultTable)")
            return report
        }
    }
}
