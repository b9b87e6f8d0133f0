import Foundation
import GRDB
import ReaderModels

/// The articles listed in a table of sort keys (a ``PruneSelection``'s, or
/// a ``PruneBatch``'s share of it): what to report of them, and their
/// removal with everything kept per article.
struct PrunedArticles {
    let db: Database
    /// The table of sort keys.
    var table = PruneSelection.defaultTable

    /// What removing the articles removes, per ``PruneReport``; `statesDropped` is left at 0.
    func report(isDryRun: Bool) throws -> PruneReport {
        PruneReport(
            isDryRun: isDryRun, sources: try sourceCounts(), articleIDs: try ids(), contentBytes: try contentBytes(),
            statesDropped: 0)
    }

    /// The articles' ids, newest first.
    func ids() throws -> [ArticleID] {
        try String.fetchAll(
            db, sql: "SELECT a.id FROM \(table) c JOIN article a ON a.sort_key = c.sort_key ORDER BY c.sort_key DESC"
        ).map(ArticleID.init(rawValue:))
    }

    /// How many articles each source loses, in the order the sources were added.
    func sourceCounts() throws -> [PruneReport.SourceCount] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT src.id, src.url, count(*) FROM \(table) c
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
                FROM \(table) c JOIN article a ON a.sort_key = c.sort_key
                """) ?? 0
    }

    /// Marks the selected articles' state rows pruned at `now`.
    func markStatesPruned(now: Date) throws {
        try db.execute(
            sql: """
                UPDATE article_state SET pruned_at = ? WHERE article_id IN (
                    SELECT a.id FROM \(table) c JOIN article a ON a.sort_key = c.sort_key)
                """, arguments: [now.timeIntervalSince1970])
    }

    /// Removes the selected articles with their search and province rows,
    /// and the removed sources left without articles.
    func removeRows() throws {
        try SearchIndex(db: db).removeEntries(ofArticlesWhere: "a.sort_key IN (SELECT sort_key FROM \(table))")
        let province = try db.cachedStatement(sql: "DELETE FROM article_province WHERE province = ? AND sort_key = ?")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT a.sort_key, a.provinces FROM \(table) c JOIN article a ON a.sort_key = c.sort_key")
        while let row = try rows.next() {
            let sortKey: Int64 = row[0]
            for name in ArticleRowMapping.decodeList(row[1]) {
                try province.execute(arguments: [name, sortKey])
            }
        }
        try db.execute(sql: "DELETE FROM article WHERE sort_key IN (SELECT sort_key FROM \(table))")
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
