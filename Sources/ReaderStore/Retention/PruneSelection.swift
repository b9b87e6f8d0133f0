import Foundation
import GRDB
import ReaderModels

/// Picks the articles a prune removes, into the temporary table
/// `prune_candidate` (sort keys), within the prune's transaction.
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

    /// The table the selection fills.
    static let table = "temp.prune_candidate"

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
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS prune_candidate (sort_key INTEGER PRIMARY KEY)")
        try db.execute(sql: "DELETE FROM \(Self.table)")
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
                WHERE \(scope) AND a.sort_key NOT IN (SELECT sort_key FROM \(Self.table))
                ORDER BY a.sort_key DESC LIMIT 1 OFFSET ?
                """, arguments: arguments + [count - 1])
        guard let boundary else { return }
        try insert(where: "\(scope) AND a.sort_key < ?", arguments + [boundary])
    }

    /// Adds the articles matching `condition` (over `a`, the article, and
    /// `src`, its source), only the removable ones unless told otherwise;
    /// bookmarked ones never.
    private func insert(where condition: String, _ arguments: StatementArguments = [], removableOnly: Bool = true) throws {
        var protection = "coalesce(st.bookmarked, 0) = 0"
        var arguments = arguments
        if removableOnly {
            protection += " AND (coalesce(st.read, 0) = 1 OR (src.account_id IS NULL"
            if let age = policy.keepUnreadYoungerThan {
                protection += " AND a.published < ?"
                arguments += [now.addingTimeInterval(-age).timeIntervalSince1970]
            }
            protection += "))"
        }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO \(Self.table) (sort_key)
                SELECT a.sort_key FROM article a
                JOIN source src ON src.id = a.source_id
                LEFT JOIN article_state st ON st.article_id = a.id
                WHERE \(condition) AND \(protection)
                """, arguments: arguments)
    }
}
