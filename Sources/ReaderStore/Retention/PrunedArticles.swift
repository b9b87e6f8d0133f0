import Foundation
import GRDB
import ReaderModels

/// The articles a ``PruneSelection`` picked: what to report of them, and
/// their removal with everything kept per article.
struct PrunedArticles {
    let db: Database
    /// The selected articles' sort keys and province names, newest first.
    private let rows: [(sortKey: Int64, provinces: [String])]
    /// The selected articles' ids, newest first.
    let ids: [ArticleID]

    /// Reads the selection.
    init(db: Database) throws {
        self.db = db
        var rows: [(sortKey: Int64, provinces: [String])] = []
        var ids: [ArticleID] = []
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.sort_key, a.id, a.provinces FROM \(PruneSelection.table) c
                JOIN article a ON a.sort_key = c.sort_key ORDER BY c.sort_key DESC
                """)
        while let row = try cursor.next() {
            rows.append((row[0], ArticleRowMapping.decodeList(row[2])))
            ids.append(ArticleID(rawValue: row[1]))
        }
        self.rows = rows
        self.ids = ids
    }

    /// How many articles each source loses, in the order the sources were added.
    func sourceCounts() throws -> [PruneReport.SourceCount] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT src.id, src.url, count(*) FROM \(PruneSelection.table) c
                JOIN article a ON a.sort_key = c.sort_key JOIN source src ON src.id = a.source_id
                GROUP BY src.id ORDER BY src.id
                """
        ).map { PruneReport.SourceCount(sourceID: $0[0], url: $0[1], articles: $0[2]) }
    }

    /// The bytes of the selected articles' titles, summaries and HTML.
    func contentBytes() throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT coalesce(sum(length(CAST(a.title AS BLOB)) + coalesce(length(CAST(a.summary AS BLOB)), 0)
                    + coalesce(length(CAST(a.content_html AS BLOB)), 0)), 0)
                FROM \(PruneSelection.table) c JOIN article a ON a.sort_key = c.sort_key
                """) ?? 0
    }

    /// Marks the selected articles' state rows pruned at `now`.
    func markStatesPruned(now: Date) throws {
        try db.execute(
            sql: """
                UPDATE article_state SET pruned_at = ? WHERE article_id IN (
                    SELECT a.id FROM \(PruneSelection.table) c JOIN article a ON a.sort_key = c.sort_key)
                """, arguments: [now.timeIntervalSince1970])
    }

    /// Removes the selected articles with their search and province rows,
    /// and the removed sources left without articles.
    func removeRows() throws {
        let search = try db.cachedStatement(sql: "DELETE FROM article_search WHERE rowid = ?")
        let province = try db.cachedStatement(sql: "DELETE FROM article_province WHERE province = ? AND sort_key = ?")
        for row in rows {
            try search.execute(arguments: [row.sortKey])
            for name in row.provinces {
                try province.execute(arguments: [name, row.sortKey])
            }
        }
        try db.execute(sql: "DELETE FROM article WHERE sort_key IN (SELECT sort_key FROM \(PruneSelection.table))")
        try db.execute(
            sql: """
                DELETE FROM source WHERE removed_at IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM article WHERE article.source_id = source.id)
                """)
    }

    /// How many state rows ``dropStaleStates(now:stateRetention:)`` would drop.
    func countStaleStates(now: Date, stateRetention: TimeInterval) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT count(*) FROM article_state WHERE \(Self.stale)",
            arguments: [now.addingTimeInterval(-stateRetention).timeIntervalSince1970]) ?? 0
    }

    /// Drops the state rows of articles pruned before `now` less
    /// `stateRetention` that did not come back: not bookmarked, and with no
    /// change waiting in the outbox.
    /// - returns: how many.
    func dropStaleStates(now: Date, stateRetention: TimeInterval) throws -> Int {
        try db.execute(
            sql: "DELETE FROM article_state WHERE \(Self.stale)",
            arguments: [now.addingTimeInterval(-stateRetention).timeIntervalSince1970])
        return db.changesCount
    }

    private static let stale = """
        pruned_at < ? AND bookmarked = 0
        AND NOT EXISTS (SELECT 1 FROM article WHERE article.id = article_state.article_id)
        AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.article_id = article_state.article_id)
        """
}
