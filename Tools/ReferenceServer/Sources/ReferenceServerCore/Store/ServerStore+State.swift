import GRDB
import ReaderModels

/// A page of state changes as the store reads it.
struct StateChangePage: Sendable {
    /// The current winning value of each (article, field) changed after the cursor, in `seq` order.
    let changes: [StateChange]
    /// Where the next page starts.
    let nextSeq: Int64
    /// Whether changes after `nextSeq` exist now.
    let hasMore: Bool
    /// The last state change number when the page was read.
    let head: Int64
}

/// What a push of state changes did.
struct StateMergeResult: Sendable, Equatable {
    /// Changes that won and were stored.
    var applied = 0
    /// Changes that lost to a newer clock or were already there.
    var ignored = 0
}

extension ServerStore {
    /// Merges `changes` into the state table with the shared last-writer-wins
    /// rule, in one transaction. A change that wins takes the next state
    /// change number. State for articles the server does not know is kept.
    func mergeState(_ changes: [StateChange]) async throws(ServerStoreError) -> StateMergeResult {
        try await write { db in
            var head = try Head.fetch(db)
            var result = StateMergeResult()
            for change in changes {
                let current = try Self.stateChange(articleID: change.remoteID, field: change.field, in: db)
                let winner = LastWriterWins.merge(current, change)
                guard winner != current else {
                    result.ignored += 1
                    continue
                }
                head.stateSeq += 1
                try Self.store(winner, seq: head.stateSeq, in: db)
                result.applied += 1
            }
            try head.save(db)
            return result
        }
    }

    /// The state changes after `cursor` (from the start when `nil`), at most `limit`.
    /// - throws: ``ServerStoreError/cursorExpired(seq:)`` for a cursor past the head.
    func statePage(after cursor: Int64?, limit: Int) async throws(ServerStoreError) -> StateChangePage {
        try await read { db in
            let head = try Head.fetch(db)
            if let cursor, cursor > head.stateSeq { throw ServerStoreError.cursorExpired(seq: cursor) }
            let rows = try Row.fetchAll(
                db, sql: "SELECT \(Self.stateColumns) FROM state WHERE seq > ? ORDER BY seq LIMIT ?",
                arguments: [cursor ?? 0, limit + 1])
            let hasMore = rows.count > limit
            let page = rows.prefix(limit)
            let nextSeq: Int64 = hasMore ? page.last?["seq"] ?? head.stateSeq : head.stateSeq
            return StateChangePage(
                changes: try page.map(Self.stateChange), nextSeq: nextSeq, hasMore: hasMore, head: head.stateSeq)
        }
    }

    /// Up to `limit` stored state values after the (article, field) key `after`, in key order.
    func stateEntries(after key: (articleID: String, field: String)?, limit: Int) async throws(ServerStoreError)
        -> [StateChange]
    {
        try await read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.stateColumns) FROM state
                    WHERE (article_id, field) > (?, ?) ORDER BY article_id, field LIMIT ?
                    """,
                arguments: [key?.articleID ?? "", key?.field ?? "", limit])
            return try rows.map(Self.stateChange)
        }
    }

    // MARK: - Rows

    private static let stateColumns = "article_id, field, value, clock_ms, clock_counter, clock_device, seq"

    private static func stateChange(articleID: String, field: StateField, in db: Database) throws -> StateChange? {
        try Row.fetchOne(
            db, sql: "SELECT \(stateColumns) FROM state WHERE article_id = ? AND field = ?",
            arguments: [articleID, field.rawValue]
        ).map(stateChange)
    }

    private static func stateChange(_ row: Row) throws -> StateChange {
        let fieldName: String = row["field"]
        guard let field = StateField(rawValue: fieldName) else {
            throw ServerStoreError.database("unknown state field \(fieldName)")
        }
        return StateChange(
            remoteID: row["article_id"], field: field, value: row["value"],
            clock: HybridLogicalClock(ms: row["clock_ms"], counter: row["clock_counter"], device: row["clock_device"]))
    }

    private static func store(_ change: StateChange, seq: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO state (\(stateColumns)) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(article_id, field) DO UPDATE SET
                    value = excluded.value, clock_ms = excluded.clock_ms, clock_counter = excluded.clock_counter,
                    clock_device = excluded.clock_device, seq = excluded.seq
                """,
            arguments: [
                change.remoteID, change.field.rawValue, change.value, change.clock.ms, change.clock.counter,
                change.clock.device, seq,
            ])
    }
}
