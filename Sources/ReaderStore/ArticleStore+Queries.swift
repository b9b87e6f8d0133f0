public import ReaderModels
import GRDB

// MARK: - Reading articles

extension ArticleStore {
    /// The articles that match `query`, newest first, with their flags.
    /// - throws: ``StoreError``.
    public func articles(_ query: ArticleQuery) async throws(StoreError) -> [ArticleEntry] {
        let (sql, arguments) = try query.selectSQL()
        try await indexQueue(before: query)
        return try await read("listing articles") { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.entry(from:))
        }
    }

    /// How many articles match `query`'s filters, whatever its ``ArticleQuery/limit``
    /// and ``ArticleQuery/before``: the total a paged list shows ("20 of 1,234").
    ///
    /// Counting walks every match (about 30 ms per 100,000 on a phone-class
    /// core); `atMost` stops the walk there, so a list can show "20 of
    /// 10,000+" in a few milliseconds whatever the cache's size.
    /// - returns: the count, or `atMost` when there are at least that many.
    /// - throws: ``StoreError``.
    public func count(_ query: ArticleQuery, atMost: Int? = nil) async throws(StoreError) -> Int {
        var whole = query
        whole.limit = nil
        whole.before = nil
        let parts = try whole.parts()
        let filter = parts.conditions.isEmpty ? "" : " WHERE " + parts.conditions.joined(separator: " AND ")
        let sql = atMost.map { "SELECT count(*) FROM (SELECT 1 FROM \(parts.tables)\(filter) LIMIT \(max(0, $0)))" }
            ?? "SELECT count(*) FROM \(parts.tables)" + filter
        let arguments = parts.arguments
        try await indexQueue(before: query)
        return try await read("counting articles") { db in
            try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    /// The place of the article `id` in every list, or `nil` if it is not
    /// cached: ``ArticleQuery/before`` for the page that follows it.
    /// - throws: ``StoreError``.
    public func cursor(of id: ArticleID) async throws(StoreError) -> ArticleCursor? {
        try await read("finding an article") { db in
            try Int64.fetchOne(db, sql: "SELECT sort_key FROM article WHERE id = ?", arguments: [id.rawValue])
                .map(ArticleCursor.init(sortKey:))
        }
    }

    /// The article `id` with its flags, or `nil` if it is not cached.
    /// - throws: ``StoreError``.
    public func article(id: ArticleID) async throws(StoreError) -> ArticleEntry? {
        try await read("reading an article") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT a.*, coalesce(s.read, 0) AS is_read, coalesce(s.bookmarked, 0) AS is_bookmarked
                    FROM article a LEFT JOIN article_state s ON s.article_id = a.id WHERE a.id = ?
                    """, arguments: [id.rawValue]
            ).map(Self.entry(from:))
        }
    }

    /// How many cached articles are about each province; provinces with none are absent.
    /// - throws: ``StoreError``.
    public func provinceCounts() async throws(StoreError) -> [Province: Int] {
        try await read("counting provinces") { db in
            var counts: [Province: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT province, count(*) AS n FROM article_province GROUP BY province") {
                if let province = Province(rawValue: row["province"]) { counts[province] = row["n"] }
            }
            return counts
        }
    }

    /// The query plan SQLite picks for `query`, one line per step, for
    /// benchmarks and tests that check index use.
    /// - throws: ``StoreError``.
    @_spi(ReaderInternals) public func queryPlan(for query: ArticleQuery) async throws(StoreError) -> [String] {
        let (sql, arguments) = try query.selectSQL()
        return try await read("explaining a query") { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] }
        }
    }

    static func entry(from row: Row) -> ArticleEntry {
        ArticleEntry(
            article: ArticleRowMapping.article(from: row), isRead: row["is_read"], isBookmarked: row["is_bookmarked"],
            cursor: ArticleCursor(sortKey: row["sort_key"]))
    }
}
