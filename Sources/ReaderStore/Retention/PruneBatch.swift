import Foundation
import GRDB

/// One transaction's share of a prune: the newest of the selection's
/// remaining articles, up to a bound, removed if they are still removable.
///
/// A prune of most of a big cache in one transaction would write a
/// write-ahead log as large as the file before its commit; in batches the
/// log is checkpointed between them and stays the size of one batch. Since
/// other writes may come between two batches, each checks its articles
/// against the policy's protection again (``PruneSelection/stillRemovable()``):
/// an article bookmarked, or marked unread while young, since the
/// selection stays. An article gone meanwhile (retracted) is skipped.
struct PruneBatch {
    let selection: PruneSelection
    /// The most articles the batch takes from the selection.
    let size: Int

    /// The table of the batch's sort keys.
    static let table = "temp.prune_batch"

    /// Moves the newest `size` articles of the selection into the batch,
    /// keeps those still removable, and removes them.
    /// - returns: what was removed (`statesDropped` 0), or `nil` when the
    ///   selection was empty.
    func run() throws -> PruneReport? {
        let db = selection.db
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS \(Self.table) (sort_key INTEGER PRIMARY KEY)")
        try db.execute(sql: "DELETE FROM \(Self.table)")
        try db.execute(
            sql: "INSERT INTO \(Self.table) SELECT sort_key FROM \(selection.table) ORDER BY sort_key DESC LIMIT ?",
            arguments: [size])
        guard db.changesCount > 0 else { return nil }
        try db.execute(sql: "DELETE FROM \(selection.table) WHERE sort_key IN (SELECT sort_key FROM \(Self.table))")
        let (removable, arguments) = selection.stillRemovable()
        try db.execute(
            sql: """
                DELETE FROM \(Self.table) WHERE sort_key NOT IN (
                    SELECT a.sort_key FROM \(Self.table) b JOIN article a ON a.sort_key = b.sort_key
                    JOIN source src ON src.id = a.source_id
                    LEFT JOIN article_state st ON st.article_id = a.id
                    WHERE \(removable))
                """, arguments: arguments)
        let articles = PrunedArticles(db: db, table: Self.table)
        let report = try articles.report(isDryRun: false)
        try articles.markStatesPruned(now: selection.now)
        try articles.removeRows()
        try db.execute(sql: "DELETE FROM \(Self.table)")
        return report
    }
}
