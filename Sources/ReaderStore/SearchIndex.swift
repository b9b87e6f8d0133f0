import GRDB

/// The `article_search` full-text index: a contentless FTS5 table (schema
/// v11) whose rowids are article sort keys, and the queue of articles stored
/// but not indexed yet (`search_queue`, schema v13).
///
/// Storing an article only queues it (``enqueue(sortKey:)``): a sync writes
/// its rows and returns, and the entries are made later, in batches, from
/// the stored rows (``indexQueued(limit:)``). Every search indexes the whole
/// queue before it reads (``ArticleStore/indexQueuedArticles(limit:)``), so
/// it finds what it would have found had each article been indexed as it
/// was stored; an app may also index in idle time.
///
/// The index keeps terms only, so it cannot find out by itself what to take
/// away when an article goes or changes: FTS5's `delete` command must be
/// given the same text the entry was made from. That text is a function of
/// the article's title, content and summary (``SearchEntry``), so it is
/// worked out again from the article's row, which is why every removal here
/// reads the row before the row is deleted. ``format`` names that function:
/// a cache whose index was made another way is indexed again when opened.
///
/// SQLite 3.40 checks nothing of that text: other text takes away other
/// terms, leaving the entry's own behind, silently, unless the removal takes
/// more terms of a column (or more rows) than the whole index holds, which
/// FTS5 reports as "database disk image is malformed". So an entry is only
/// ever made from the article's row as stored, and a queued article, which
/// has no entry, is taken off the queue instead of being sent a `delete`.
/// Its `integrity-check` command checks only the index's structure.
struct SearchIndex {
    let db: Database

    /// The version of the way entries are made from articles (``SearchEntry``,
    /// ``SearchText/indexable(_:)``, `HTMLText.plainText`). Changing any of
    /// them must change this number, or removals would take away terms the
    /// entries never had, leaving stale ones behind.
    static let format = 1

    /// Queues the article at `sortKey` to be indexed; it has no entry yet.
    func enqueue(sortKey: Int64) throws {
        var insert = StatementBinder(try db.cachedStatement(sql: "INSERT OR IGNORE INTO search_queue (sort_key) VALUES (?)"))
        insert.bind(sortKey)
        try insert.execute()
    }

    /// Makes the entries of the first `limit` queued articles, oldest first,
    /// and takes them off the queue (a queued key whose article is gone is
    /// dropped).
    /// - returns: how many keys left the queue; 0 when it was empty.
    func indexQueued(limit: Int) throws -> Int {
        let keys = try Int64.fetchAll(
            db, sql: "SELECT sort_key FROM search_queue ORDER BY sort_key LIMIT ?", arguments: [max(1, limit)])
        guard let last = keys.last else { return 0 }
        try addEntries(
            selectedBy: """
                SELECT a.sort_key, a.title, a.content_html, a.summary FROM search_queue q
                JOIN article a ON a.sort_key = q.sort_key WHERE q.sort_key <= ? ORDER BY q.sort_key
                """, arguments: [last])
        try db.execute(sql: "DELETE FROM search_queue WHERE sort_key <= ?", arguments: [last])
        return keys.count
    }

    /// Whether any stored article waits to be indexed.
    static func hasQueued(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM search_queue)") ?? false
    }

    /// How many stored articles wait to be indexed.
    static func queuedCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM search_queue") ?? 0
    }

    /// Removes the entries of the articles at the sort keys that `selection`
    /// (an SQL expression over `article a`, with `arguments`) picks, or takes
    /// them off the queue when they have none yet; call it before those rows
    /// are deleted or changed.
    func removeEntries(ofArticlesWhere selection: String, arguments: StatementArguments = []) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.sort_key, a.title, a.content_html, a.summary, q.sort_key IS NOT NULL FROM article a
                LEFT JOIN search_queue q ON q.sort_key = a.sort_key WHERE \(selection)
                """,
            arguments: arguments)
        let delete = try db.cachedStatement(
            sql: "INSERT INTO article_search (article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)")
        let dequeue = try db.cachedStatement(sql: "DELETE FROM search_queue WHERE sort_key = ?")
        while let row = try rows.next() {
            let key: Int64 = row[0]
            if row[4] as Bool {
                try dequeue.execute(arguments: [key])
            } else {
                let entry = SearchEntry(title: row[1], contentHTML: row[2], summary: row[3])
                try delete.execute(arguments: [key, entry.title, entry.body])
            }
        }
    }

    /// Whether the index was made the current way (``format``).
    static func isCurrent(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT format FROM search_index_format") == format
    }

    /// Indexes every article again, in sort-key order, when the index was
    /// made another way (or not yet, after the v11 migration); the queue is
    /// emptied, since every article then has its entry.
    func rebuildIfStale() throws {
        guard try !Self.isCurrent(db) else { return }
        try db.execute(sql: "INSERT INTO article_search (article_search) VALUES ('delete-all')")
        try db.execute(sql: "DELETE FROM search_queue")
        try addEntries(selectedBy: "SELECT sort_key, title, content_html, summary FROM article ORDER BY sort_key")
        try db.execute(sql: "UPDATE search_index_format SET format = ?", arguments: [Self.format])
    }

    /// Adds the entries of the articles whose rows `sql` selects (sort key,
    /// title, content, summary), in its order.
    private func addEntries(selectedBy sql: String, arguments: StatementArguments = []) throws {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        let insert = try db.cachedStatement(sql: "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)")
        while let row = try rows.next() {
            let entry = SearchEntry(title: row[1], contentHTML: row[2], summary: row[3])
            var binder = StatementBinder(insert)
            binder.bind(row[0] as Int64)
            binder.bind(entry.title)
            binder.bind(entry.body)
            try binder.execute()
        }
    }
}
