public import ReaderModels
import Foundation
import GRDB

// MARK: - Applying changes

extension ArticleStore {
    /// Applies one page of article changes from the source `sourceID`, and saves
    /// `progress` (its cursor or validators) in the same transaction, so a sync
    /// stopped at any point resumes exactly after the last applied page.
    ///
    /// Batches that sources apply at the same time share a transaction (see
    /// ``GroupCommit``); a batch that fails is stored by none of them.
    ///
    /// Applying the same batch twice changes nothing the second time.
    /// Read and bookmark state is never touched.
    /// - returns: how many articles were new, updated, unchanged and retracted.
    /// - throws: ``StoreError``; nothing of the batch is stored then.
    @_spi(ReaderInternals) public func apply(_ batch: ArticleBatch, to sourceID: SourceID, progress: SourceUpdate = SourceUpdate())
        async throws(StoreError) -> ApplyResult
    {
        try await groupedWrite("storing articles") { db in
            var result = ApplyResult()
            let writer = ArticleRowWriter(db: db)
            let repull = try RepullLedger(db: db, sourceID: sourceID)
            try repull?.record(batch)
            for id in batch.retractedIDs where try writer.remove(id) {
                result.retracted += 1
            }
            result.add(try writer.upsert(batch.articles, undatedIDs: batch.undatedIDs))
            if progress.reachedArticleStreamEnd, let repull {
                result.retracted += try repull.finish(removingWith: writer)
            }
            try Self.save(progress, forSource: sourceID, in: db)
            return result
        }
    }
}

extension ArticleStore {
    /// The positions of `articles` in ascending order of their preferred
    /// sort keys (with them), copies of one article in their original order.
    /// Positions, not the articles themselves: sorting copies of articles
    /// retained and released each of their strings.
    ///
    /// Feeds list the newest first; stored in key order, a page's rows go
    /// into the article and queue B-trees each next to the one before. The
    /// queue is indexed in key order too (``SearchIndex/indexQueued(limit:)``):
    /// FTS5 adds a row to its pending index only when its rowid is above the
    /// last one written, and a lower one flushes what is pending as a new
    /// segment, to be merged later.
    static func inKeyOrder(_ articles: [Article]) -> [(preferredKey: Int64, position: Int)] {
        articles.indices
            .map { (preferredKey: SortKey.preferred(published: articles[$0].published, id: articles[$0].id), position: $0) }
            .sorted { $0.preferredKey != $1.preferredKey ? $0.preferredKey < $1.preferredKey : $0.position < $1.position }
    }
}

/// Writes article rows and keeps their search and province rows in step.
struct ArticleRowWriter {
    enum Outcome { case inserted, replaced, kept }

    let db: Database

    /// Removes the article `id` and its index rows; `false` if it was not cached.
    func remove(_ id: ArticleID) throws -> Bool {
        guard let key = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT sort_key FROM article WHERE id = ?"), arguments: [id.rawValue])
        else { return false }
        try removeRows(sortKey: key)
        return true
    }

    /// Stores each of `articles` unless its cached copy is newer or
    /// identical, in ascending key order (``ArticleStore/inKeyOrder(_:)``);
    /// those in `undatedIDs` keep the dates of a cached copy.
    ///
    /// One query finds which of them are cached; a new article (nearly every
    /// one in a first sync) then costs no read, only its inserts.
    /// - returns: how many were new, replaced a cached copy, or were kept.
    func upsert(_ articles: [Article], undatedIDs: Set<ArticleID>) throws -> ApplyResult {
        var result = ApplyResult()
        var cached = try cachedIDs(among: articles)
        for (key, position) in ArticleStore.inKeyOrder(articles) {
            let article = articles[position]
            let outcome: Outcome
            if cached.contains(article.id.rawValue) {
                outcome = try upsert(article, keepingStoredDates: undatedIDs.contains(article.id))
            } else {
                try insertNew(article, preferredKey: key)
                cached.insert(article.id.rawValue)
                outcome = .inserted
            }
            switch outcome {
            case .inserted: result.new += 1
            case .replaced: result.updated += 1
            case .kept: result.unchanged += 1
            }
        }
        return result
    }

    /// The ids of `articles` that are cached, looked up in lists of at most
    /// ``lookupLimit`` (well within SQLite's limit on bound values).
    private func cachedIDs(among articles: [Article]) throws -> Set<String> {
        var cached = Set<String>(minimumCapacity: articles.count)
        for start in stride(from: 0, to: articles.count, by: Self.lookupLimit) {
            let chunk = articles[start..<min(start + Self.lookupLimit, articles.count)]
            var lookup = StatementBinder(try db.cachedStatement(sql: Self.lookupSQL(count: chunk.count)))
            for article in chunk {
                lookup.bind(article.id.rawValue)
            }
            try lookup.forEachText { cached.insert($0) }
        }
        return cached
    }

    private static let lookupLimit = 500

    /// The lookup of `count` ids; the full list's text is made once.
    private static func lookupSQL(count: Int) -> String {
        count == lookupLimit ? fullLookupSQL : lookupSQL(placeholders: count)
    }

    private static let fullLookupSQL = lookupSQL(placeholders: lookupLimit)

    private static func lookupSQL(placeholders count: Int) -> String {
        "SELECT id FROM article WHERE id IN (" + repeatElement("?", count: count).joined(separator: ", ") + ")"
    }

    /// Stores `incoming`, known not to be cached, at its preferred key
    /// `preferredKey` or, when another article holds that, the next free one.
    private func insertNew(_ incoming: Article, preferredKey: Int64) throws {
        if try !insertUnlessTaken(incoming, sortKey: preferredKey) {
            try insert(incoming)
        }
    }

    /// Stores `incoming`, whose id is cached, unless the cached copy is newer or identical.
    private func upsert(_ incoming: Article, keepingStoredDates: Bool) throws -> Outcome {
        var article = incoming
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM article WHERE id = ?"), arguments: [article.id.rawValue])
        else {
            try insert(article)
            return .inserted
        }
        let stored = ArticleRowMapping.article(from: row)
        if keepingStoredDates {
            article.published = stored.published
            article.updated = stored.updated
        }
        if article.updated < stored.updated || article == stored {
            return .kept
        }
        let key: Int64 = row["sort_key"]
        if SortKey.matches(key, published: article.published) {
            try update(article, sortKey: key, provincesChanged: article.provinces != stored.provinces)
        } else {
            try removeRows(sortKey: key)
            try insert(article)
        }
        return .replaced
    }

    /// Stores `article` as new at the first free key from its preferred one.
    private func insert(_ article: Article) throws {
        let key = try freeSortKey(from: SortKey.preferred(published: article.published, id: article.id))
        guard try insertUnlessTaken(article, sortKey: key) else {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "article \(article.id.rawValue) is cached")
        }
    }

    /// Stores `article` as new at `key`, with its search and province rows;
    /// `false`, writing nothing, when its id or `key` is taken.
    private func insertUnlessTaken(_ article: Article, sortKey key: Int64) throws -> Bool {
        var insert = StatementBinder(
            try db.cachedStatement(
                sql: """
                    INSERT INTO article (sort_key, id, source_id, remote_id, url, title, summary, content_html,
                        author, language, published, updated, provinces, tags, image, enclosures)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """))
        insert.bind(key)
        ArticleRowMapping.bindColumns(of: article, to: &insert)
        try insert.execute()
        guard db.changesCount > 0 else { return false }
        try SearchIndex(db: db).enqueue(sortKey: key)
        try insertProvinces(article.provinces, sortKey: key)
        return true
    }

    private func update(_ article: Article, sortKey key: Int64, provincesChanged: Bool) throws {
        let search = SearchIndex(db: db)
        try search.removeEntries(ofArticlesWhere: "a.sort_key = ?", arguments: [key])
        var change = StatementBinder(
            try db.cachedStatement(
                sql: """
                    UPDATE article SET id = ?, source_id = ?, remote_id = ?, url = ?, title = ?, summary = ?,
                        content_html = ?, author = ?, language = ?, published = ?, updated = ?, provinces = ?,
                        tags = ?, image = ?, enclosures = ?
                    WHERE sort_key = ?
                    """))
        ArticleRowMapping.bindColumns(of: article, to: &change)
        change.bind(key)
        try change.execute()
        try search.enqueue(sortKey: key)
        if provincesChanged {
            try db.cachedStatement(sql: "DELETE FROM article_province WHERE sort_key = ?").execute(arguments: [key])
            try insertProvinces(article.provinces, sortKey: key)
        }
    }

    private func insertProvinces(_ provinces: [Province], sortKey key: Int64) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO article_province (province, sort_key) VALUES (?, ?)")
        for province in provinces {
            var insert = StatementBinder(statement)
            insert.bind(province.rawValue)
            insert.bind(key)
            try insert.execute()
        }
    }

    private func removeRows(sortKey key: Int64) throws {
        try SearchIndex(db: db).removeEntries(ofArticlesWhere: "a.sort_key = ?", arguments: [key])
        try db.cachedStatement(sql: "DELETE FROM article WHERE sort_key = ?").execute(arguments: [key])
        try db.cachedStatement(sql: "DELETE FROM article_province WHERE sort_key = ?").execute(arguments: [key])
    }

    /// The first key at or after `preferred` that no article holds.
    private func freeSortKey(from preferred: Int64) throws -> Int64 {
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE sort_key = ?")
        var key = preferred
        while try Bool.fetchOne(taken, arguments: [key]) != nil {
            key += 1
        }
        return key
    }
}
