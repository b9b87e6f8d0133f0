public import Foundation
public import ReaderModels
import GRDB

// MARK: - Accounts and their subscriptions

extension ArticleStore {
    /// Saves an account, or returns the one saved for the same endpoint and
    /// user (renamed to `name`). Its login token is kept elsewhere (a
    /// ``CredentialStore``), its password nowhere.
    /// - parameter windowLimit: the first sync fetches at most this many of the newest items.
    /// - parameter windowSince: the first sync fetches no item published before this.
    /// - throws: ``StoreError/accountNameTaken(_:)`` when another account has `name`, or another ``StoreError``.
    public func addAccount(
        kind: AccountKind = .googleReader, url: String, user: String, name: String, windowLimit: Int = 1000,
        windowSince: Date? = nil
    ) async throws(StoreError) -> Account {
        try await write("adding an account") { db in
            if let other = try Row.fetchOne(db, sql: "SELECT url, user FROM account WHERE name = ?", arguments: [name]),
                (other["url"] as String) != url || (other["user"] as String) != user
            {
                throw StoreError.accountNameTaken(name)
            }
            try db.execute(
                sql: """
                    INSERT INTO account (kind, url, user, name, window_limit, window_since) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(url, user) DO UPDATE SET name = excluded.name
                    """,
                arguments: [kind.rawValue, url, user, name, max(1, windowLimit), windowSince?.timeIntervalSince1970])
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE url = ? AND user = ?", arguments: [url, user])
            else { throw StoreError.accountNotFound(name) }
            return Self.account(from: row)
        }
    }

    /// Every saved account, in the order they were added.
    /// - throws: ``StoreError``.
    public func accounts() async throws(StoreError) -> [Account] {
        try await read("listing accounts") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY id").map(Self.account(from:))
        }
    }

    /// The account a person names: by its name, else by its number.
    /// - throws: ``StoreError``.
    public func account(named reference: String) async throws(StoreError) -> Account? {
        try await read("reading an account") { db in
            let row =
                try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [reference])
                ?? AccountID(reference).flatMap { try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [$0]) }
            return row.map(Self.account(from:))
        }
    }

    /// Removes the account with its subscriptions and their articles; read
    /// state stays, in case the account comes back.
    /// - returns: whether such an account existed.
    /// - throws: ``StoreError``.
    @discardableResult
    public func removeAccount(_ id: AccountID) async throws(StoreError) -> Bool {
        try await write("removing an account") { db in
            let sources = try SourceID.fetchAll(db, sql: "SELECT id FROM source WHERE account_id = ?", arguments: [id])
            try Self.deleteSources(sources, in: db)
            try db.execute(sql: "DELETE FROM account WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// The account's subscriptions, in the order they were first listed.
    /// - throws: ``StoreError``.
    public func sources(of account: Account) async throws(StoreError) -> [Source] {
        try await read("listing an account's subscriptions") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM source WHERE account_id = ? ORDER BY id", arguments: [account.id])
                .map(Self.source(from:))
        }
    }

    /// Saves the account's subscriptions as its server lists them: new ones
    /// are added, listed ones take the server's title, folder and URLs, and,
    /// when `complete`, the ones no longer listed are removed with their
    /// articles (as the server removed their items).
    /// - returns: the account's subscriptions after the change.
    /// - throws: ``StoreError``.
    @discardableResult
    package func saveSubscriptions(_ subscriptions: [AccountSubscription], of account: Account, complete: Bool, readAt: Date? = nil)
        async throws(StoreError) -> [Source]
    {
        try await write("saving an account's subscriptions") { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO source (url, kind, account_id, stream_id, title, folder, feed_url, home_page)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET
                        title = coalesce(excluded.title, title), folder = excluded.folder,
                        feed_url = coalesce(excluded.feed_url, feed_url), home_page = coalesce(excluded.home_page, home_page)
                    """)
            for subscription in subscriptions {
                try upsert.execute(arguments: [
                    account.sourceURL(forStream: subscription.streamID), SourceKind.accountFeed.rawValue, account.id,
                    subscription.streamID, subscription.title, subscription.folder, subscription.feedURL,
                    subscription.homePageURL,
                ])
            }
            if complete {
                let listed = Set(subscriptions.map(\.streamID))
                let gone = try Row.fetchAll(db, sql: "SELECT id, stream_id FROM source WHERE account_id = ?", arguments: [account.id])
                    .filter { !listed.contains($0["stream_id"] as String? ?? "") }.map { $0["id"] as SourceID }
                try Self.deleteSources(gone, in: db)
            }
            if let readAt {
                try db.execute(
                    sql: "UPDATE account SET subscriptions_read_at = ? WHERE id = ?",
                    arguments: [readAt.timeIntervalSince1970, account.id])
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM source WHERE account_id = ? ORDER BY id", arguments: [account.id])
                .map(Self.source(from:))
        }
    }

    /// Where the account's sync stands.
    /// - throws: ``StoreError/accountNotFound(_:)``, or another ``StoreError``.
    package func syncPosition(of account: Account) async throws(StoreError) -> AccountSyncPosition {
        try await read("reading an account's sync position") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [account.id])
            else { throw StoreError.accountNotFound(account.name) }
            return AccountSyncPosition(
                windowLimit: row["window_limit"],
                windowSince: (row["window_since"] as Double?).map(Date.init(timeIntervalSince1970:)),
                windowContinuation: row["window_continuation"], windowFetched: row["window_fetched"],
                windowDone: row["window_done"], windowFloor: row["window_floor"],
                fetchedSince: (row["fetched_since"] as Double?).map(Date.init(timeIntervalSince1970:)))
        }
    }

    /// Saves the bookkeeping in `update` for the account `id`.
    /// - throws: ``StoreError``.
    package func updateAccount(_ id: AccountID, with update: AccountUpdate) async throws(StoreError) {
        try await write("updating an account") { db in
            try Self.save(update, forAccount: id, in: db)
        }
    }

    static func save(_ update: AccountUpdate, forAccount id: AccountID, in db: Database) throws {
        var assignments: [String] = []
        var arguments: StatementArguments = []
        func set(_ assignment: String, _ value: (any DatabaseValueConvertible)?) {
            assignments.append(assignment)
            arguments += [value]
        }
        if let continuation = update.windowContinuation {
            set("window_continuation = ?", continuation.isEmpty ? nil : continuation)
        }
        if let added = update.windowFetchedAdded { set("window_fetched = window_fetched + ?", added) }
        if let done = update.windowDone { set("window_done = ?", done) }
        if let floor = update.windowFloorCandidate {
            assignments.append("window_floor = min(coalesce(window_floor, ?), ?)")
            arguments += [floor, floor]
        }
        if let since = update.fetchedSince {
            assignments.append("fetched_since = max(coalesce(fetched_since, ?), ?)")
            arguments += [since.timeIntervalSince1970, since.timeIntervalSince1970]
        }
        if let readAt = update.subscriptionsReadAt { set("subscriptions_read_at = ?", readAt.timeIntervalSince1970) }
        if let syncedAt = update.syncedAt {
            set("last_synced_at = ?", syncedAt.timeIntervalSince1970)
            assignments.append("last_error = NULL")
        }
        if let error = update.error { set("last_error = ?", error) }
        guard !assignments.isEmpty else { return }
        arguments += [id]
        try db.execute(sql: "UPDATE account SET \(assignments.joined(separator: ", ")) WHERE id = ?", arguments: arguments)
    }

    /// Deletes the sources `ids` with their articles, their lists and search entries.
    static func deleteSources(_ ids: [SourceID], in db: Database) throws {
        for id in ids {
            try SearchIndex(db: db).removeEntries(ofArticlesWhere: "a.source_id = ?", arguments: [id])
            try db.execute(
                sql: """
                    DELETE FROM article_province WHERE sort_key IN (SELECT sort_key FROM article WHERE source_id = ?);
                    DELETE FROM article WHERE source_id = ?;
                    DELETE FROM source WHERE id = ?;
                    """, arguments: [id, id, id])
        }
    }

    static func account(from row: Row) -> Account {
        Account(
            id: row["id"], kind: (row["kind"] as String?).flatMap(AccountKind.init(rawValue:)) ?? .googleReader,
            url: row["url"], user: row["user"], name: row["name"],
            lastSyncedAt: (row["last_synced_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            lastError: row["last_error"], hasFetchedFirstWindow: row["window_done"],
            subscriptionsReadAt: (row["subscriptions_read_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }
}
