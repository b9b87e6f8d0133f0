import GRDB

/// The store's counters: the last article and state change numbers, and the
/// retention horizon (the newest pruned tombstone's number).
struct Head: Sendable, Equatable {
    var articleSeq: Int64
    var stateSeq: Int64
    var horizon: Int64

    /// Reads the single head row.
    static func fetch(_ db: Database) throws -> Head {
        guard let row = try Row.fetchOne(db, sql: "SELECT article_seq, state_seq, horizon FROM head WHERE id = 1")
        else { throw ServerStoreError.database("the head row is missing") }
        return Head(articleSeq: row["article_seq"], stateSeq: row["state_seq"], horizon: row["horizon"])
    }

    /// Writes the counters back.
    func save(_ db: Database) throws {
        try db.execute(
            sql: "UPDATE head SET article_seq = ?, state_seq = ?, horizon = ? WHERE id = 1",
            arguments: [articleSeq, stateSeq, horizon])
    }

    /// Whether an article cursor at `seq`, in a stream started at horizon
    /// `base`, can still be served: no tombstone it has not seen was pruned
    /// since (tombstones pruned before its stream started retract articles it
    /// never received), and not past the head.
    func servesArticleCursor(_ seq: Int64, base: Int64) -> Bool {
        max(seq, base) >= horizon && seq <= articleSeq
    }
}
