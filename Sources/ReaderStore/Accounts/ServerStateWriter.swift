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
    /// - parameter current: its flags as stored, when the caller has read
    ///   them already; `nil` reads them.
    func write(
        _ state: AccountItemState, articleID id: ArticleID, sourceID: SourceID, remoteID: String,
        current: AccountItemState? = nil, into merge: inout AccountStateMerge
    ) throws {
        let stored = try current ?? storedState(of: id)
        for (field, value) in [(StateField.read, state.isRead), (.bookmarked, state.isStarred)] {
            guard (field == .read ? stored.isRead : stored.isStarred) != value else { continue }
            if try isPending(field, of: id) {
                merge.keptPending += 1
                continue
            }
            try StateColumns(field).write(value, clock: clock, articleID: id, sourceID: sourceID, remoteID: remoteID, in: db)
            merge.changed += 1
        }
    }

    private func storedState(of id: ArticleID) throws -> AccountItemState {
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT read, bookmarked FROM article_state WHERE article_id = ?"), arguments: [id.rawValue])
        return AccountItemState(isRead: row?["read"] ?? false, isStarred: row?["bookmarked"] ?? false)
    }

    private func isPending(_ field: StateField, of id: ArticleID) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM outbox WHERE article_id = ? AND field = ?"),
            arguments: [id.rawValue, field.rawValue]) ?? false
    }
}
