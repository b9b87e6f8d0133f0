import Foundation
import GRDB
import ReaderModels

/// Picks the articles a prune removes, into a temporary table of sort keys
/// (``table``) on the writing connection, where it stays for the prune's
/// later transactions (``PruneBatch``).
///
/// The rules, in order, each over the articles the earlier ones left:
/// 1. every article of a removed source (``ArticleStore/removeSource(url:keepingBookmarks:)``);
/// 2. articles older than their source's maximum age, else the cache's;
/// 3. a source's articles past the newest `maxCount` of that source;
/// 4. articles past the newest `maxCount` of the whole cache.
///
/// Each rule takes only removable articles: not bookmarked, and read, or
/// unread but older than `keepUnreadYoungerThan` and not an account's (whose
/// server keeps its unread set). Protected articles still count toward a
/// count limit: "the newest N" are the newest N articles, kept or not.
struct PruneSelection {
    let db: Database
    let policy: RetentionPolicy
    let now: Date
    /// The table the selection fills: ``defaultTable``, or one of the prune's own.
    var table = PruneSelection.defaultTable

    /// The table of a selection made and used within one transaction.
    static let defaultTable = "temp.prune_candidate"

    /// A table for one prune's selection, apart from any other prune's meanwhile.
    static func makeTable() -> String {
        "temp.prune_candidate_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// Empties the table and fills it.
    func select() throws {
        try prepareTable()
        try insert(where: "src.removed_at IS NOT NULL", removableOnly: false)
        try selectByAge()
        for (sourceID, limits) in policy.sourceLimits.sorted(by: { $0.key < $1.key }) {
            guard let count = limits.maxCount else { continue }
            try selectBeyond(count, in: "a.source_id = ?", [sourceID])
        }
        if let count = policy.limits.maxCount {
            try selectBeyond(count, in: "1", [])
        }
    }

    /// Empties the table and fills it with the source's articles that are not bookmarked.
    func selectUnbookmarked(ofSource id: SourceID) throws {
        try prepareTable()
        try insert(where: "a.source_id = ?", [id], removableOnly: false)
    }

    private func prepareTable() throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS \(table) (sort_key INTEGER PRIMARY KEY)")
        try db.execute(sql: "DELETE FROM \(table)")
    }

    /// Rule 2: the sources with an age of their own, then the others by the cache's.
    private func selectByAge() throws {
        let ownAges = policy.sourceLimits.compactMapValues(\.maxAge)
        for (sourceID, age) in ownAges.sorted(by: { $0.key < $1.key }) {
            let cutoff = now.addingTimeInterval(-age)
            try insert(
                where: "a.source_id = ? AND a.sort_key < ? AND a.published < ?",
                [sourceID, SortKey.lowerBound(cutoff) + SortKey.slotsPerSecond, cutoff.timeIntervalSince1970])
        }
        guard let age = policy.limits.maxAge else { return }
        let cutoff = now.addingTimeInterval(-age)
        let others = ownAges.isEmpty ? "1" : "a.source_id NOT IN (\(ownAges.keys.sorted().map(String.init).joined(separator: ",")))"
        try insert(
            where: "a.sort_key < ? AND a.published < ? AND \(others)",
            [SortKey.lowerBound(cutoff) + SortKey.slotsPerSecond, cutoff.timeIntervalSince1970])
    }

    /// Rules 3 and 4: the removable articles among `scope` older than its
    /// `count`-th newest article not already selected.
    private func selectBeyond(_ count: Int, in scope: String, _ arguments: StatementArguments) throws {
        guard count > 0 else {
            try insert(where: scope, arguments)
            return
        }
        let boundary = try Int64.fetchOne(
            db,
            sql: """
                SELECT a.sort_key FROM article a
                WHERE \(scope) AND a.sort_key NOT IN (SELECT sort_key FROM \(table))
                ORDER BY a.sort_key DESC LIMIT 1 OFFSET ?
                """, arguments: arguments + [count - 1])
        guard let boundary else { return }
        try insert(where: "\(scope) AND a.sort_key < ?", arguments + [boundary])
    }

    /// Adds the articles matching `condition` (over `a`, the article, and
    /// `src`, its source), only the removable ones unless told otherwise;
    /// bookmarked ones never.
    private func insert(where condition: String, _ arguments: StatementArguments = [], removableOnly: Bool = true) throws {
        let protection: (sql: String, arguments: StatementArguments) =
            removableOnly ? removable() : (Self.unbookmarked, [])
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO \(table) (sort_key)
                SELECT a.sort_key FROM article a
                JOIN source src ON src.id = a.source_id
                LEFT JOIN article_state st ON st.article_id = a.id
                WHERE \(condition) AND \(protection.sql)
                """, arguments: arguments + protection.arguments)
    }

    /// The condition (over `a`, `src` and `st`, the article's state) that an
    /// article is still one a prune may remove: the rules' protection, as
    /// ``insert(where:_:removableOnly:)`` applied it, checked again by each
    /// batch for what changed since the selection.
    func stillRemovable() -> (sql: String, arguments: StatementArguments) {
        let (rule, arguments) = removable()
        return ("\(Self.unbookmarked) AND (src.removed_at IS NOT NULL OR (\(rule)))", arguments)
    }

    private static let unbookmarked = "coalesce(st.bookmarked, 0) = 0"

    /// Not bookmarked, and read, or unread but not an account's and old enough.
    private func removable() -> (sql: String, arguments: StatementArguments) {
        var sql = "\(Self.unbookmarked) AND (coalesce(st.read, 0) = 1 OR (src.account_id IS NULL"
        var arguments: StatementArguments = []
        if let age = policy.keepUnreadYoungerThan {
            sql += " AND a.published < ?"
            arguments += [now.addingTimeInterval(-age).timeIntervalSince1970]
        }
        return (sql + "))", arguments)
    }
}
