public import ReaderModels
import Foundation
import GRDB

// MARK: - Sources

extension ArticleStore {
    /// Every saved source, in the order they were added (not those removed
    /// but for their bookmarks).
    /// - throws: ``StoreError``.
    public func sources() async throws(StoreError) -> [Source] {
        try await read("listing sources") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source WHERE removed_at IS NULL ORDER BY id").map(Self.source(from:))
        }
    }

    /// The source saved under `url` (compared in ``SourceURL/normalized(_:)`` form), if any.
    /// - throws: ``StoreError``.
    public func source(url: String) async throws(StoreError) -> Source? {
        let url = SourceURL.normalized(url)
        return try await read("reading a source") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM source WHERE url = ? AND removed_at IS NULL", arguments: [url])
                .map(Self.source(from:))
        }
    }

    /// The source a person names: by its number (as ``Source/id`` shows it),
    /// else by its URL.
    ///
    /// For example, `store.source(reference: "3")` and
    /// `store.source(reference: "https://news.example/feed.xml")`.
    /// - throws: ``StoreError``.
    public func source(reference: String) async throws(StoreError) -> Source? {
        if let id = SourceID(reference.trimmingCharacters(in: .whitespaces)) {
            let byID = try await read("reading a source") { db in
                try Row.fetchOne(db, sql: "SELECT * FROM source WHERE id = ? AND removed_at IS NULL", arguments: [id])
                    .map(Self.source(from:))
            }
            if let byID { return byID }
        }
        return try await source(url: reference)
    }

    /// Saves `url` as a source, or returns the one already saved (bringing
    /// back one removed but for its bookmarks).
    ///
    /// A source that needs a bearer token is added through
    /// `ReaderLibrary.subscribe(to:token:)`, which keeps the token in the
    /// library's credential store, never in the cache.
    /// - throws: ``StoreError``.
    public func addSource(url: String) async throws(StoreError) -> Source {
        try await addSource(url: url, hasToken: nil)
    }

    /// Saves `url` as a source like ``addSource(url:)``; a non-nil `hasToken`
    /// records whether the credential store keeps a token for it.
    /// - throws: ``StoreError``.
    package func addSource(url: String, hasToken: Bool?) async throws(StoreError) -> Source {
        let url = SourceURL.normalized(url)
        return try await write("adding a source") { db in
            try db.execute(
                sql: "INSERT INTO source (url) VALUES (?) ON CONFLICT(url) DO UPDATE SET removed_at = NULL", arguments: [url])
            if let hasToken {
                try db.execute(sql: "UPDATE source SET has_token = ? WHERE url = ?", arguments: [hasToken, url])
            }
            let row = try Row.fetchOne(db, sql: "SELECT * FROM source WHERE url = ?", arguments: [url])
            guard let row else { throw StoreError.sourceNotFound(url) }
            return Self.source(from: row)
        }
    }

    /// Removes the source saved under `url` with its articles; read state
    /// stays, in case the source comes back.
    ///
    /// With `keepingBookmarks`, its bookmarked articles stay: the source is
    /// then marked removed, neither listed (``sources()``, ``source(url:)``)
    /// nor synced, its token, validators, cursors and unsent changes
    /// forgotten, while its bookmarked articles still list and show. A
    /// bookmark taken off one of them lets the next prune remove it
    /// (``prune(_:now:dryRun:)``), and the source with the last.
    /// Subscribing to the URL again brings the source back. Without
    /// `keepingBookmarks`, a source removed before but for its bookmarks is
    /// found too, and goes with them.
    /// - returns: what was removed, or `nil` if no such source is saved.
    /// - throws: ``StoreError``.
    @discardableResult
    public func removeSource(url: String, keepingBookmarks: Bool = false) async throws(StoreError) -> SourceRemoval? {
        let url = SourceURL.normalized(url)
        return try await write("removing a source") { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM source WHERE url = ? AND (removed_at IS NULL OR ?)",
                arguments: [url, !keepingBookmarks])
            else { return nil }
            let source = Self.source(from: row)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE source_id = ?", arguments: [source.id]) ?? 0
            let bookmarked = keepingBookmarks ? try Self.bookmarkedCount(ofSource: source.id, in: db) : 0
            guard bookmarked > 0 else {
                try Self.deleteSources([source.id], in: db)
                return SourceRemoval(source: source, articlesRemoved: total, bookmarksKept: 0)
            }
            let selection = PruneSelection(db: db, policy: .keepEverything, now: Date())
            try selection.selectUnbookmarked(ofSource: source.id)
            try PrunedArticles(db: db).removeRows()
            try db.execute(sql: "DELETE FROM \(PruneSelection.defaultTable)")
            try db.execute(
                sql: """
                    UPDATE source SET removed_at = ?, token = NULL, has_token = 0, etag = NULL, last_modified = NULL,
                        article_cursor = NULL, state_cursor = NULL, repulling = 0, deferred_until = NULL,
                        deferred_reason = NULL WHERE id = ?;
                    DELETE FROM outbox WHERE source_id = ?;
                    DELETE FROM repull_seen WHERE source_id = ?;
                    DELETE FROM retention_source WHERE source_id = ?;
                    """, arguments: [Date().timeIntervalSince1970, source.id, source.id, source.id, source.id])
            return SourceRemoval(source: source, articlesRemoved: total - bookmarked, bookmarksKept: bookmarked)
        }
    }

    private static func bookmarkedCount(ofSource id: SourceID, in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM article a JOIN article_state st ON st.article_id = a.id
                WHERE a.source_id = ? AND st.bookmarked = 1
                """, arguments: [id]) ?? 0
    }

    /// Removes the source saved under `url` if nothing has been stored for it:
    /// no article, no article cursor, and no sync that completed.
    /// - returns: whether it was removed.
    /// - throws: ``StoreError``.
    @discardableResult
    package func removeSourceIfEmpty(url: String) async throws(StoreError) -> Bool {
        let url = SourceURL.normalized(url)
        return try await write("removing an empty source") { db in
            try db.execute(
                sql: """
                    DELETE FROM source WHERE url = ? AND last_synced_at IS NULL AND article_cursor IS NULL
                    AND NOT EXISTS (SELECT 1 FROM article WHERE article.source_id = source.id)
                    """, arguments: [url])
            return db.changesCount > 0
        }
    }

    /// Saves the bookkeeping in `update` for the source `id`.
    /// - throws: ``StoreError``.
    @_spi(ReaderInternals) public func updateSource(_ id: SourceID, with update: SourceUpdate) async throws(StoreError) {
        try await groupedWrite("updating a source") { db in
            try Self.save(update, forSource: id, in: db)
        }
    }

    static func save(_ update: SourceUpdate, forSource id: SourceID, in db: Database) throws {
        var assignments: [String] = []
        var arguments: StatementArguments = []
        func set(_ column: String, _ value: (any DatabaseValueConvertible)?) {
            assignments.append("\(column) = ?")
            arguments += [value]
        }
        if let kind = update.kind { set("kind", kind.rawValue) }
        if let title = update.title { set("title", title) }
        if let description = update.feedDescription { set("description", description) }
        if let language = update.language { set("language", language) }
        if let icon = update.iconURL { set("icon", icon) }
        if let logo = update.logoURL { set("logo", logo) }
        if let pageLimitMax = update.pageLimitMax { set("page_limit_max", pageLimitMax) }
        if let etag = update.etag { set("etag", etag.stored) }
        if let lastModified = update.lastModified { set("last_modified", lastModified.stored) }
        if update.restartArticleStream {
            set("article_cursor", nil)
            set("repulling", 1)
            try db.execute(sql: "DELETE FROM repull_seen WHERE source_id = ?", arguments: [id])
        }
        if let cursor = update.articleCursor { set("article_cursor", cursor) }
        if let cursor = update.stateCursor { set("state_cursor", cursor) }
        if let syncedAt = update.syncedAt {
            set("last_synced_at", syncedAt.timeIntervalSince1970)
            set("last_error", nil)
        }
        if let error = update.error { set("last_error", error) }
        if let homePage = update.homePageURL {
            assignments.append("home_page = coalesce(home_page, ?)")
            arguments += [homePage]
        }
        if let attempt = update.attempt {
            set("last_attempt_at", attempt.startedAt.timeIntervalSince1970)
            set("failure_count", attempt.consecutiveFailures)
            set("deferred_until", attempt.deferral?.until.timeIntervalSince1970)
            set("deferred_reason", attempt.deferral?.reason.rawValue)
        }
        guard !assignments.isEmpty else { return }
        arguments += [id]
        try db.execute(sql: "UPDATE source SET \(assignments.joined(separator: ", ")) WHERE id = ?", arguments: arguments)
    }

    static func source(from row: Row) -> Source {
        var deferral: SourceDeferral?
        if let reason = (row["deferred_reason"] as String?).flatMap(SourceDeferral.Reason.init(rawValue:)),
            let until = row["deferred_until"] as Double?
        {
            deferral = SourceDeferral(reason: reason, until: Date(timeIntervalSince1970: until))
        }
        return Source(
            id: row["id"],
            url: row["url"],
            kind: (row["kind"] as String?).flatMap(SourceKind.init(rawValue:)),
            title: (row["custom_title"] as String?) ?? row["title"],
            etag: validator(row["etag"]),
            lastModified: validator(row["last_modified"]),
            articleCursor: row["article_cursor"],
            stateCursor: row["state_cursor"],
            lastSyncedAt: (row["last_synced_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            lastError: row["last_error"],
            hasToken: row["has_token"],
            folder: row["folder"],
            homePageURL: row["home_page"],
            lastAttemptAt: (row["last_attempt_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            consecutiveFailures: row["failure_count"],
            deferral: deferral,
            feedDescription: row["description"],
            language: row["language"],
            iconURL: row["icon"],
            logoURL: row["logo"],
            pageLimitMax: row["page_limit_max"],
            accountID: row["account_id"],
            streamID: row["stream_id"],
            feedURL: row["feed_url"])
    }

    /// A stored validator; caches written before ``ValueChange`` kept an empty string for none.
    private static func validator(_ stored: String?) -> String? {
        stored.flatMap { $0.isEmpty ? nil : $0 }
    }
}
