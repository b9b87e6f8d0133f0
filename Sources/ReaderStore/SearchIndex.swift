import GRDB

/// The `article_search` full-text index: a contentless FTS5 table (schema
/// v11) whose rowids are article sort keys.
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
/// FTS5 reports as "database disk image is malformed". So the text an entry
/// is made from must be the row's to the byte (``SearchEntry/isEntry(of:)``).
/// Its `integrity-check` command checks only the index's structure.
struct SearchIndex {
    let db: Database

    /// The version of the way entries are made from articles (``SearchEntry``,
    /// ``SearchText/indexable(_:)``, `HTMLText.plainText`). Changing any of
    /// them must change this number, or removals would take away terms the
    /// entries never had, leaving stale ones behind.
    static let format = 1

    /// Adds `entry` for the article at `sortKey`.
    func add(_ entry: SearchEntry, sortKey: Int64) throws {
        var insert = StatementBinder(
            try db.cachedStatement(sql: "INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)"))
        insert.bind(sortKey)
        insert.bind(entry.title)
        insert.bind(entry.body)
        try insert.execute()
    }

    /// Removes the entries of the articles at the sort keys that `selection`
    /// (an SQL expression over `article a`, with `arguments`) picks; call it
    /// before those rows are deleted or changed.
    func removeEntries(ofArticlesWhere selection: String, arguments: StatementArguments = []) throws {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT a.sort_key, a.title, a.content_html, a.summary FROM article a WHERE \(selection)",
            arguments: arguments)
        let delete = try db.cachedStatement(
            sql: "INSERT INTO article_search (article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)")
        while let row = try rows.next() {
            let entry = SearchEntry(title: row[1], contentHTML: row[2], summary: row[3])
            try delete.execute(arguments: [row[0] as Int64, entry.title, entry.body])
        }
    }

    /// Whether the index was made the current way (``format``).
    static func isCurrent(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT format FROM search_index_format") == format
    }

    /// Indexes every article again, in sort-key order, when the index was
    /// made another way (or not yet, after the v11 migration).
    func rebuildIfStale() throws {
        guard try !Self.isCurrent(db) else { return }
        try db.execute(sql: "INSERT INTO article_search (article_search) VALUES ('delete-all')")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT sort_key, title, content_html, summary FROM article ORDER BY sort_key")
        while let row = try rows.next() {
            try add(SearchEntry(title: row[1], contentHTML: row[2], summary: row[3]), sortKey: row[0])
        }
        try db.execute(sql: "UPDATE search_index_format SET format = ?", arguments: [Self.format])
    }
}
