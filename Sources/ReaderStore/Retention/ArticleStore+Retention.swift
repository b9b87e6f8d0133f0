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

    /// Removes the articles `policy` lets go, in one transaction, then gives
    /// the space back to the file system.
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
    /// The space is given back with SQLite's incremental vacuum; a cache made
    /// before incremental vacuum was turned on is compacted once with a full
    /// `VACUUM` by the first prune that removes something (which rewrites the file).
    ///
    /// - parameter now: the time ages are measured from.
    /// - parameter dryRun: report what would be removed, and change nothing.
    /// - returns: what was removed (or would be), per source.
    /// - throws: ``StoreError``; nothing is removed then.
    public func prune(_ policy: RetentionPolicy, now: Date = Date(), dryRun: Bool = false)
        async throws(StoreError) -> PruneReport
    {
        let before = dryRun ? nil : fileBytes()
        var report = try await write("pruning articles") { db in
            try PruneSelection(db: db, policy: policy, now: now).select()
            let removal = try PrunedArticles(db: db)
            var report = PruneReport(
                isDryRun: dryRun, sources: try removal.sourceCounts(), articleIDs: removal.ids,
                contentBytes: try removal.contentBytes(), statesDropped: 0)
            if dryRun {
                report.statesDropped = try removal.countStaleStates(now: now, stateRetention: policy.stateRetention)
            } else {
                try removal.markStatesPruned(now: now)
                try removal.removeRows()
                report.statesDropped = try removal.dropStaleStates(now: now, stateRetention: policy.stateRetention)
            }
            try db.execute(sql: "DELETE FROM \(PruneSelection.table)")
            return report
        }
        guard !dryRun else { return report }
        if !report.articleIDs.isEmpty || report.statesDropped > 0 {
            try await reclaimSpace()
        }
        report.fileBytesBefore = before
        report.fileBytesAfter = fileBytes()
        return report
    }
}
