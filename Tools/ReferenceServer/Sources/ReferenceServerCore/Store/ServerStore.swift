import Foundation
import GRDB

/// The server's database: the article change log, the tombstones of
/// retracted articles, and the read/bookmark state, in one SQLite file opened
/// as a GRDB `DatabasePool` (WAL: pages are read from snapshots while writes go on).
///
/// Every publish, edit and retraction takes the next number of one article
/// sequence and stores it on the article's row, so the change log is the
/// article table read in `seq` order: an edited article moves to the end, and
/// a retracted one stays as a tombstone row. State has its own sequence.
/// Pages are read with `WHERE seq > ? ORDER BY seq LIMIT ?`, so memory never
/// grows with the number of articles.
final class ServerStore: Sendable {
    let pool: DatabasePool
    /// Tombstones more than this many article changes behind the head are
    /// pruned; `nil` keeps them all.
    let retention: Int?
    /// How new articles get Google Reader item numbers; `nil` when the
    /// GReader routes are off (no numbers are given).
    let itemNumbering: GReaderNumbering?

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    init(path: String, retention: Int?, itemNumbering: GReaderNumbering? = nil) throws(ServerStoreError) {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw .database("cannot open \(path): \(error)")
        }
        self.retention = retention
        self.itemNumbering = itemNumbering
    }

    /// Runs `updates` in a write transaction, wrapping database errors.
    func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws(ServerStoreError) -> T {
        do {
            return try await pool.write(updates)
        } catch let error as ServerStoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    /// Runs `value` in a read transaction (a snapshot), wrapping database errors.
    func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws(ServerStoreError) -> T {
        do {
            return try await pool.read(value)
        } catch let error as ServerStoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    /// The frozen schema migrations; never edit a shipped one, add another.
    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id TEXT PRIMARY KEY NOT NULL,
                        seq INTEGER NOT NULL UNIQUE,
                        retracted INTEGER NOT NULL DEFAULT 0,
                        url TEXT NOT NULL,
                        title TEXT NOT NULL,
                        published_ms INTEGER NOT NULL,
                        updated_ms INTEGER NOT NULL,
                        summary TEXT,
                        content_html TEXT,
                        author TEXT,
                        language TEXT,
                        provinces TEXT,
                        tags TEXT
                    );
                    CREATE TABLE state (
                        article_id TEXT NOT NULL,
                        field TEXT NOT NULL,
                        value INTEGER NOT NULL,
                        clock_ms INTEGER NOT NULL,
                        clock_counter INTEGER NOT NULL,
                        clock_device TEXT NOT NULL,
                        seq INTEGER NOT NULL UNIQUE,
                        PRIMARY KEY (article_id, field)
                    );
                    CREATE TABLE head (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        article_seq INTEGER NOT NULL,
                        state_seq INTEGER NOT NULL,
                        horizon INTEGER NOT NULL
                    );
                    INSERT INTO head (id, article_seq, state_seq, horizon) VALUES (1, 0, 0, 0);
                    """)
        }
        migrator.registerMigration("v2-greader") { db in
            try db.execute(
                sql: """
                    CREATE TABLE greader_feed (
                        number INTEGER PRIMARY KEY AUTOINCREMENT,
                        title TEXT NOT NULL,
                        url TEXT NOT NULL UNIQUE,
                        html_url TEXT NOT NULL,
                        folder TEXT
                    );
                    CREATE TABLE greader_item (
                        item INTEGER PRIMARY KEY,
                        article_id TEXT NOT NULL UNIQUE,
                        feed INTEGER NOT NULL,
                        crawl_s INTEGER NOT NULL,
                        read INTEGER NOT NULL DEFAULT 0,
                        starred INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX greader_item_by_feed ON greader_item (feed, item);
                    CREATE INDEX greader_item_by_crawl ON greader_item (crawl_s);
                    CREATE TABLE greader_label (
                        item INTEGER NOT NULL,
                        label TEXT NOT NULL,
                        PRIMARY KEY (item, label)
                    );
                    """)
        }
        return migrator
    }
}

/// Why the store could not do what was asked.
enum ServerStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cursor points before the newest pruned tombstone, or past the
    /// head (a cursor from another database).
    case cursorExpired(seq: Int64)
    /// SQLite failed.
    case database(String)

    var description: String {
        switch self {
        case .cursorExpired(let seq): "cursor at change \(seq) is no longer served"
        case .database(let message): "database error: \(message)"
        }
    }
}
