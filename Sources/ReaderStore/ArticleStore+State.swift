public import Foundation
public import ReaderModels
import GRDB

// MARK: - Read state and bookmarks

extension ArticleStore {
    /// This database's device id, created once with the database.
    /// - throws: ``StoreError``.
    public func deviceID() async throws(StoreError) -> String {
        try await read("reading the device id") { db in
            try String.fetchOne(db, sql: "SELECT id FROM device") ?? ""
        }
    }

    /// Sets `field` to `value` on the articles `ids`: instant and offline.
    ///
    /// One transaction stamps a new clock (the Sync API's clock rule), writes the
    /// state, and, for articles of sync endpoints and accounts, queues the change in the
    /// outbox. Articles already set that way are recorded too, with the new
    /// clock: a mark is the user's intent now, whatever this device showed, so it
    /// wins over any earlier opposite change from another device.
    /// - returns: how many articles were marked, and how many of them changed on this device.
    /// - throws: ``StoreError/articleNotFound(_:)`` for an id not in the cache
    ///   (and nothing is written), or another ``StoreError``.
    @discardableResult
    public func setFlag(_ field: StateField, to value: Bool, for ids: [ArticleID], now: Date = Date())
        async throws(StoreError) -> MarkResult
    {
        try await write("saving \(field.rawValue) state") { db in
            let targets = try ids.map { id in
                guard let target = try StateTarget.fetch(id, in: db) else { throw StoreError.articleNotFound(id.rawValue) }
                return target
            }
            return try Self.setFlag(field, to: value, on: targets, now: now, in: db)
        }
    }

    /// Sets `field` to `value` on every article that matches `query` (its limit
    /// applies), in one transaction, as ``setFlag(_:to:for:now:)`` does: only the
    /// matching articles are recorded.
    /// - returns: how many articles were marked, and how many of them changed on this device.
    /// - throws: ``StoreError``.
    @discardableResult
    public func setFlag(_ field: StateField, to value: Bool, matching query: ArticleQuery, now: Date = Date())
        async throws(StoreError) -> MarkResult
    {
        let parts = try query.parts()
        let sql = parts.select("a.id, a.source_id, a.remote_id, src.kind, src.removed_at", join: "JOIN source src ON src.id = a.source_id")
        let arguments = parts.arguments
        try await indexQueue(before: query)
        return try await write("saving \(field.rawValue) state") { db in
            let targets = try Row.fetchAll(db, sql: sql, arguments: arguments).map(StateTarget.init(row:))
            return try Self.setFlag(field, to: value, on: targets, now: now, in: db)
        }
    }

    /// This device's read and bookmark flags for `id`, with their clocks.
    /// - throws: ``StoreError``.
    public func state(of id: ArticleID) async throws(StoreError) -> ArticleState {
        try await read("reading state") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article_state WHERE article_id = ?", arguments: [id.rawValue])
            else { return ArticleState(articleID: id) }
            return ArticleState(
                articleID: id, isRead: row["read"], isBookmarked: row["bookmarked"],
                readClock: StateColumns(.read).clock(in: row), bookmarkedClock: StateColumns(.bookmarked).clock(in: row))
        }
    }

    private static func setFlag(
        _ field: StateField, to value: Bool, on targets: [StateTarget], now: Date, in db: Database
    ) throws -> MarkResult {
        let columns = StateColumns(field)
        guard !targets.isEmpty else { return MarkResult(marked: 0, changed: 0) }
        let current = try db.cachedStatement(sql: "SELECT \(columns.value) FROM article_state WHERE article_id = ?")
        let changed = try Set(targets.filter { try (Bool.fetchOne(current, arguments: [$0.id.rawValue]) ?? false) != value }.map(\.id))
        let clock = try LocalClock.stamp(now: now, above: columns.greatestClock(of: targets.map(\.id), in: db), in: db)
        let outbox = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO outbox (article_id, field, source_id, remote_id, value, ms, counter, device)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        // Every target is recorded, even one already set so: an explicit mark is
        // the user's latest intent, and only a fresh clock lets it win over an
        // older opposite change still on its way from another device.
        for target in targets {
            try columns.write(value, clock: clock, articleID: target.id, sourceID: target.sourceID, remoteID: target.remoteID, in: db)
            if target.isSyncEndpoint {
                try outbox.execute(arguments: [
                    target.id.rawValue, field.rawValue, target.sourceID, target.remoteID, value,
                    clock.ms, clock.counter, clock.device,
                ])
            }
        }
        return MarkResult(marked: Set(targets.map(\.id)).count, changed: changed.count)
    }
}

/// An article whose state a local edit changes.
private struct StateTarget {
    var id: ArticleID
    var sourceID: SourceID
    var remoteID: String
    /// Whether its changes are queued for a server: a sync endpoint's or an
    /// account's, not removed (``ArticleStore/removeSource(url:keepingBookmarks:)``).
    var isSyncEndpoint: Bool

    init(row: Row) {
        id = ArticleID(rawValue: row["id"])
        sourceID = row["source_id"]
        remoteID = row["remote_id"]
        let kind = (row["kind"] as String?).flatMap(SourceKind.init(rawValue:))
        isSyncEndpoint = (kind == .syncEndpoint || kind == .accountFeed) && (row["removed_at"] as Double?) == nil
    }

    static func fetch(_ id: ArticleID, in db: Database) throws -> StateTarget? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT a.id, a.source_id, a.remote_id, src.kind, src.removed_at
                    FROM article a JOIN source src ON src.id = a.source_id WHERE a.id = ?
                    """), arguments: [id.rawValue]
        ).map(StateTarget.init(row:))
    }
}
