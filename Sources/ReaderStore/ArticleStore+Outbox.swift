package import Foundation
public import ReaderModels
import GRDB

// MARK: - Outbox and remote state

extension ArticleStore {
    /// Up to `limit` local changes for the sync endpoint `source` that it has not
    /// acknowledged yet, oldest first, named by the endpoint's article ids.
    /// - throws: ``StoreError``.
    @_spi(ReaderInternals) public func pendingChanges(for source: Source, limit: Int = 1000) async throws(StoreError) -> [StateChange] {
        try await pendingChanges(where: "source_id = ?", source.id, limit: limit)
    }

    /// Up to `limit` local changes for the account's server that it has not
    /// acknowledged yet, over all its subscriptions, oldest first, named by
    /// the server's item ids.
    /// - throws: ``StoreError``.
    package func pendingChanges(of account: Account, limit: Int = 1000) async throws(StoreError) -> [StateChange] {
        try await pendingChanges(where: "source_id IN (SELECT id FROM source WHERE account_id = ?)", account.id, limit: limit)
    }

    /// Removes `changes` from the outbox once the endpoint answered 2xx to the
    /// request that carried them. A newer local change made meanwhile stays.
    /// - throws: ``StoreError``.
    @_spi(ReaderInternals) public func acknowledge(_ changes: [StateChange], for source: Source) async throws(StoreError) {
        try await acknowledge(changes, idBase: source.url)
    }

    /// Removes `changes` from the outbox once the account's server
    /// acknowledged the request that carried them. A newer local change made
    /// meanwhile stays.
    /// - throws: ``StoreError``.
    package func acknowledge(_ changes: [StateChange], of account: Account) async throws(StoreError) {
        try await acknowledge(changes, idBase: account.articleIDBase)
    }

    private func pendingChanges(where filter: String, _ owner: Int64, limit: Int) async throws(StoreError) -> [StateChange] {
        try await read("reading the outbox") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM outbox WHERE \(filter) ORDER BY ms, counter LIMIT ?",
                arguments: [owner, limit]
            ).map { row in
                StateChange(
                    remoteID: row["remote_id"], field: StateField(rawValue: row["field"]) ?? .read,
                    value: row["value"], clock: HybridLogicalClock(ms: row["ms"], counter: row["counter"], device: row["device"]))
            }
        }
    }

    /// Removes the outbox rows of `changes`, whose articles' ids derive from `idBase`.
    private func acknowledge(_ changes: [StateChange], idBase: String) async throws(StoreError) {
        try await write("clearing the outbox") { db in
            let delete = try db.cachedStatement(
                sql: "DELETE FROM outbox WHERE article_id = ? AND field = ? AND ms = ? AND counter = ? AND device = ?")
            for change in changes {
                let id = ArticleID(sourceURL: idBase, remoteID: change.remoteID)
                try delete.execute(arguments: [
                    id.rawValue, change.field.rawValue, change.clock.ms, change.clock.counter, change.clock.device,
                ])
            }
        }
    }

    /// The number of local changes waiting to be sent, over all sources.
    /// - throws: ``StoreError``.
    public func outboxCount() async throws(StoreError) -> Int {
        try await read("counting the outbox") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox") ?? 0
        }
    }

    /// Merges state changes received from the sync endpoint `source` by last
    /// writer wins, moves this device's clock past every clock received, and
    /// saves `stateCursor`, in one transaction.
    ///
    /// Every clock is validated first: one whose `ms` is negative or more than
    /// the ``ClockBound`` past `serverTime` (the answer's `Date`; without one,
    /// this device's corrected wall clock at `now`), or whose counter is 2^31
    /// or more, is skipped and counted (``DeviceClock/skippedClocks``): never
    /// applied, never moving the clock. The clock moves at most the bound past
    /// this device's corrected wall clock.
    ///
    /// A change for an article not downloaded yet is kept and shows once the
    /// article arrives. A pending local change with a newer clock is not undone.
    /// - returns: how many changes won and were applied, and how many were skipped.
    /// - throws: ``StoreError``.
    @discardableResult
    package func applyRemoteChanges(
        _ changes: [StateChange], from source: Source, stateCursor: String?, serverTime: Date? = nil, now: Date = Date()
    ) async throws(StoreError) -> RemoteMergeResult {
        try await write("merging remote state") { db in
            let reference = try serverTime.map(HybridLogicalClock.ms(of:)) ?? LocalClock.load(in: db).wallMS(now)
            var result = RemoteMergeResult()
            var greatest: HybridLogicalClock?
            for change in changes {
                guard LocalClock.bound.admits(change.clock, at: reference) else {
                    result.skipped += 1
                    continue
                }
                let id = ArticleID(sourceURL: source.url, remoteID: change.remoteID)
                let columns = StateColumns(change.field)
                let row = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM article_state WHERE article_id = ?"), arguments: [id.rawValue])
                let current = row.flatMap { row in
                    columns.clock(in: row).map {
                        StateChange(remoteID: change.remoteID, field: change.field, value: row[columns.value], clock: $0)
                    }
                }
                if LastWriterWins.merge(current, change) != current {
                    try columns.write(
                        change.value, clock: change.clock, articleID: id, sourceID: source.id,
                        remoteID: change.remoteID, in: db)
                    result.applied += 1
                }
                greatest = max(greatest ?? change.clock, change.clock)
            }
            if let greatest { try LocalClock.observe(greatest, now: now, in: db) }
            if result.skipped > 0 { try LocalClock.countSkipped(result.skipped, in: db) }
            if let stateCursor {
                try Self.save(SourceUpdate(stateCursor: stateCursor), forSource: source.id, in: db)
            }
            return result
        }
    }
}
