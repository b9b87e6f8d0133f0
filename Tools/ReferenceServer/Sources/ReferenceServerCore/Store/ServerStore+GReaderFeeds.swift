import GRDB

extension ServerStore {
    /// The subscriptions, by number.
    func greaderFeeds() async throws(ServerStoreError) -> [GReaderFeed] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(GReaderFeed.columns(prefix: "", aliased: false)) FROM greader_feed ORDER BY number"
            ).map { GReaderFeed(row: $0, aliased: false) }
        }
    }

    /// The labels given to items with `edit-tag`, in name order.
    func greaderItemLabels() async throws(ServerStoreError) -> [String] {
        try await read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT label FROM greader_label ORDER BY label")
        }
    }

    /// Subscribes to `url` as a new subscription without items, or returns
    /// the one that already has that url.
    func addGReaderFeed(url: String, title: String, htmlURL: String, folder: String?) async throws(ServerStoreError)
        -> GReaderFeed
    {
        try await write { db in
            if let existing = try Row.fetchOne(
                db, sql: "SELECT \(GReaderFeed.columns(prefix: "", aliased: false)) FROM greader_feed WHERE url = ?",
                arguments: [url])
            {
                return GReaderFeed(row: existing, aliased: false)
            }
            try db.execute(
                sql: "INSERT INTO greader_feed (title, url, html_url, folder) VALUES (?, ?, ?, ?)",
                arguments: [title, url, htmlURL, folder])
            return GReaderFeed(
                number: db.lastInsertedRowID, title: title, url: url, htmlURL: htmlURL, folder: folder)
        }
    }

    /// Unsubscribes from `feed/number`, deleting its items from the GReader
    /// view (the articles stay in the Sync API); whether it existed.
    func removeGReaderFeed(number: Int64) async throws(ServerStoreError) -> Bool {
        try await write { db in
            try db.execute(
                sql: "DELETE FROM greader_label WHERE item IN (SELECT item FROM greader_item WHERE feed = ?)",
                arguments: [number])
            try db.execute(sql: "DELETE FROM greader_item WHERE feed = ?", arguments: [number])
            try db.execute(sql: "DELETE FROM greader_feed WHERE number = ?", arguments: [number])
            return db.changesCount > 0
        }
    }

    /// Renames `feed/number` to `title` when given, files it in `addFolder`
    /// when given, or takes it out of `removeFolder` when it is there; whether it exists.
    func editGReaderFeed(number: Int64, title: String?, addFolder: String?, removeFolder: String?)
        async throws(ServerStoreError) -> Bool
    {
        try await write { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM greader_feed WHERE number = ?", arguments: [number])
                == 1
            else { return false }
            if let title {
                try db.execute(sql: "UPDATE greader_feed SET title = ? WHERE number = ?", arguments: [title, number])
            }
            if let removeFolder {
                try db.execute(
                    sql: "UPDATE greader_feed SET folder = NULL WHERE number = ? AND folder = ?",
                    arguments: [number, removeFolder])
            }
            if let addFolder {
                try db.execute(
                    sql: "UPDATE greader_feed SET folder = ? WHERE number = ?", arguments: [addFolder, number])
            }
            return true
        }
    }
}
