import Foundation
import GRDB
import ReaderModels

/// Writes an account server's value of a flag into the local state, unless
/// a local change of it is still waiting in the outbox: a pending local
/// change is the truth in both directions until the server has it.
struct ServerStateWriter {
    let db: Database
    /// The stamp of every value written: the server's state carries no clock.
    let clock: HybridLogicalClock

    init(db: Database, now: Date) {
        self.db = db
        clock = HybridLogicalClock(ms: HybridLogicalClock.ms(of: now), counter: 0, device: "account")
    }

    /// Sets the flags of the article `id` to `state`; adds what it did to `merge`.
    func write(
        _ state: AccountItemState, articleID id: ArticleID, sourceID: SourceID, remoteID: String,
        into merge: inout AccountStateMerge
    ) throws {
        let stored = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT read, bookmarked FROM article_state WHERE article_id = ?"), arguments: [id.rawValue])
        for (field, value) in [(StateField.read, state.isRead), (.bookmarked, state.isStarred)] {
            let current: Bool = stored?[field.rawValue] ?? false
            guard current != value else { continue }
            if try isPending(field, of: id) {
                merge.keptPending += 1
                continue
            }
            try StateColumns(field).write(value, clock: clock, articleID: id, sourceID: sourceID, remoteID: remoteID, in: db)
            merge.changed += 1
        }
    }

    private func isPending(_ field: StateField, of id: ArticleID) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM outbox WHERE article_id = ? AND field = ?"),
            arguments: [id.rawValue, field.rawValue]) ?? false
    }
}
