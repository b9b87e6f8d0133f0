package import Foundation
package import ReaderModels
import GRDB

// MARK: - This device's clock

extension ArticleStore {
    /// This device's clock: its last stamp, the offset a server taught it,
    /// and how many received clocks were skipped.
    /// - throws: ``StoreError``.
    package func deviceClock() async throws(StoreError) -> DeviceClock {
        try await read("reading this device's clock") { db in try LocalClock.load(in: db).clock }
    }

    /// Re-stamps `source`'s pending changes after the endpoint, whose time was
    /// `serverMS`, refused a push with 400 `clock_ahead`, at `now`.
    ///
    /// In one transaction: learns this device's clock offset (the server's
    /// time less the wall clock; later local changes are stamped with it),
    /// puts the local clock back within the bound, and gives every pending
    /// change more than the bound ahead of `serverMS` a new clock, in their
    /// order (changes that shared a clock share the new one), from the later
    /// of the server's time and the latest clock known to be good. Their
    /// local state takes the same clocks, so a later remote change wins here too.
    /// - returns: how many changes got a new clock; 0 means none was ahead.
    /// - throws: ``StoreError``.
    @discardableResult
    package func restampPendingChanges(for source: Source, serverMS: Int64, now: Date = Date())
        async throws(StoreError) -> Int
    {
        try await write("re-stamping the outbox") { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT article_id, field, ms, counter, device FROM outbox WHERE source_id = ? ORDER BY ms, counter, device",
                arguments: [source.id])
            func clock(_ row: Row) -> HybridLogicalClock {
                HybridLogicalClock(ms: row["ms"], counter: row["counter"], device: row["device"])
            }
            let latest = LocalClock.bound.latestMS(admittedAt: serverMS)
            let kept = rows.prefix { clock($0).ms <= latest }
            try LocalClock.rebase(toServerMS: serverMS, now: now, floor: kept.last.map(clock), in: db)
            let outbox = try db.cachedStatement(
                sql: "UPDATE outbox SET ms = ?, counter = ?, device = ? WHERE article_id = ? AND field = ?")
            var previous: (old: HybridLogicalClock, new: HybridLogicalClock)?
            for row in rows.dropFirst(kept.count) {
                let old = clock(row)
                let new = try previous.flatMap { $0.old == old ? $0.new : nil } ?? LocalClock.stamp(now: now, in: db)
                previous = (old, new)
                let articleID: String = row["article_id"]
                try outbox.execute(arguments: [new.ms, new.counter, new.device, articleID, row["field"]])
                guard let field = StateField(rawValue: row["field"]) else { continue }
                let columns = StateColumns(field)
                try db.execute(
                    sql: """
                        UPDATE article_state SET \(columns.ms) = ?, \(columns.counter) = ?, \(columns.device) = ?
                        WHERE article_id = ? AND \(columns.ms) = ? AND \(columns.counter) = ? AND \(columns.device) = ?
                        """,
                    arguments: [new.ms, new.counter, new.device, articleID, old.ms, old.counter, old.device])
            }
            return rows.count - kept.count
        }
    }
}
