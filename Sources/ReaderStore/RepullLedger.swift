import GRDB
import ReaderModels

/// The record of a full re-pull of one source's article stream (schema v2).
///
/// Exists only while the source is re-pulling after a 410: every page's ids
/// are recorded, and the last page removes the cached articles the re-pull
/// never delivered. Used inside the page's write transaction.
struct RepullLedger {
    let db: Database
    let sourceID: SourceID

    /// The ledger of `sourceID`, or `nil` when that source is not re-pulling.
    init?(db: Database, sourceID: SourceID) throws {
        let repulling = try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT repulling FROM source WHERE id = ?"), arguments: [sourceID])
        guard repulling == true else { return nil }
        self.db = db
        self.sourceID = sourceID
    }

    /// Records every id the page delivers, retracted ones included.
    func record(_ batch: ArticleBatch) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO repull_seen (source_id, article_id) VALUES (?, ?)")
        for id in batch.articles.map(\.id) + batch.retractedIDs {
            try statement.execute(arguments: [sourceID, id.rawValue])
        }
    }

    /// Removes the source's cached articles that the re-pull did not deliver,
    /// then closes the ledger.
    /// - returns: how many articles were removed.
    func finish(removingWith writer: ArticleRowWriter) throws -> Int {
        let missing = try String.fetchAll(
            db,
            sql: """
                SELECT id FROM article WHERE source_id = ?
                AND id NOT IN (SELECT article_id FROM repull_seen WHERE source_id = ?)
                """,
            arguments: [sourceID, sourceID])
        var removed = 0
        for id in missing where try writer.remove(ArticleID(rawValue: id)) {
            removed += 1
        }
        try db.execute(sql: "DELETE FROM repull_seen WHERE source_id = ?", arguments: [sourceID])
        try db.execute(sql: "UPDATE source SET repulling = 0 WHERE id = ?", arguments: [sourceID])
        return removed
    }
}
