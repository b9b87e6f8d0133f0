import Foundation
import GRDB

/// The offline cache: sources, articles, full-text search, read and bookmark
/// state, and the outbox of local state changes, in one SQLite database.
///
/// All access goes through GRDB's queues, so one store may be shared by any
/// number of tasks. On disk it is a WAL-mode `DatabasePool`: lists and search
/// read while a sync writes.
///
/// For example:
///
/// ```swift
/// let store = try ArticleStore(path: "/tmp/reader.sqlite")
/// let yunnan = try await store.articles(ArticleQuery(province: .yunnan))
/// ```
///
/// ## Topics
/// ### Opening
/// - ``init(path:mode:)``
/// - ``OpenMode``
/// - ``makeInMemory()``
/// ### Sources
/// - ``sources()``
/// - ``addSource(url:token:)``
/// ### Articles
/// - ``apply(_:to:progress:)``
/// - ``articles(_:)``
/// - ``article(id:)``
/// - ``indexQueuedArticles(limit:)``
/// - ``queuedForSearch()``
/// ### State
/// - ``setFlag(_:to:for:now:)``
/// - ``applyRemoteChanges(_:from:stateCursor:serverTime:now:)``
/// - ``restampPendingChanges(for:serverMS:now:)``
/// - ``deviceClock()``
/// ### Retention
/// - ``retentionPolicy()``
/// - ``setRetentionPolicy(_:)``
/// - ``prune(_:now:dryRun:)``
/// - ``removeSource(url:keepingBookmarks:)``
public final class ArticleStore: Sendable {
    let writer: any DatabaseWriter
    /// Sync writes of concurrent sources, grouped into shared transactions.
    let groupCommit: GroupCommit
    /// Tells observations that a write committed.
    let changes = StoreChanges()
    /// The pool's background checkpoints, closed before the pool so that
    /// closing copies the whole log back (nil for a read-only or in-memory store).
    private let checkpointer: WALCheckpointer?

    /// Opens the cache at `path`, creating it and its folders if needed, and
    /// brings its schema up to date.
    ///
    /// - parameter mode: ``OpenMode/readOnly`` for a process that only reads:
    ///   one read-only connection instead of a pool, the quickest start.
    /// - throws: ``StoreError/cannotOpen(path:reason:)``, and
    ///   ``StoreError/cacheNotFound(path:)`` for ``OpenMode/readExisting``.
    public init(path: String, mode: OpenMode = .readWrite) throws(StoreError) {
        if mode == .readExisting, !FileManager.default.fileExists(atPath: path) { throw .cacheNotFound(path: path) }
        if mode != .readWrite, let reader = try? Self.openCurrentForReading(path: path) {
            writer = reader
            groupCommit = GroupCommit(writer: reader)
            checkpointer = nil
            return
        }
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen(
                    path: path, reason: "its folder cannot be created (\((error as NSError).localizedDescription))")
            }
            let checkpointer = WALCheckpointer(path: path)
            self.checkpointer = checkpointer
            let pool = try DatabasePool(
                path: path, configuration: Self.writingConfiguration(checkpointer: checkpointer))
            writer = pool
            groupCommit = GroupCommit(writer: pool)
            try Self.prepare(pool)
        } catch {
            throw StoreFault.error(for: error, path: path, operation: nil)
        }
    }

    deinit {
        checkpointer?.close()
    }

    /// A cache that lives in memory only, for tests and previews.
    /// - throws: ``StoreError/cannotOpen(path:reason:)``.
    public static func makeInMemory() throws(StoreError) -> ArticleStore {
        do {
            let queue = try DatabaseQueue(configuration: configuration)
            return try ArticleStore(writer: queue)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: reason(error))
        }
    }

    private init(writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        groupCommit = GroupCommit(writer: writer)
        checkpointer = nil
        do {
            try Self.prepare(writer)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: Self.reason(error))
        }
    }

    /// The page size of a cache this store creates, in bytes.
    static let newCachePageSize = 8192

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A new cache gets pages of 8 KiB (SQLite's default is 4): about
            // half as many pages, and log frames, for the same rows. On the
            // 50k-item RSS first sync, 13 of 15 interleaved runs against 4 KiB
            // were faster (the medians of two A/B series 4.5% and 12% lower),
            // with less kernel time. An existing cache keeps the size it was
            // made with: SQLite changes it only in a `VACUUM` outside WAL
            // mode, and a cache is always in WAL mode.
            try db.execute(sql: "PRAGMA page_size = \(Self.newCachePageSize)")
            // 8 MiB of page cache (SQLite's default is 2): a sync's inserts into
            // the article, province and full-text B-trees re-read fewer pages.
            try db.execute(sql: "PRAGMA cache_size = -8192")
        }
        return configuration
    }

    /// The configuration of a pool whose writing connection's checkpoints
    /// `checkpointer` runs in the background; the configuration keeps it for
    /// as long as the pool's connections live.
    private static func writingConfiguration(checkpointer: WALCheckpointer) -> Configuration {
        var configuration = configuration
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { checkpointer.install(on: db) }
        }
        return configuration
    }

    /// A read-only connection to the cache at `path`, or nil when there is no
    /// cache there or it needs writing first (migrations, its device row), or
    /// may need writing to search (articles queued for the index).
    private static func openCurrentForReading(path: String) throws -> DatabaseQueue? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = configuration
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        guard try isPrepared(queue), try !queue.read(SearchIndex.hasQueued) else { return nil }
        return queue
    }

    /// Whether the schema is current and the device row exists.
    private static func isPrepared(_ reader: any DatabaseReader) throws -> Bool {
        try reader.read { db in
            try Schema.migrator.hasCompletedMigrations(db) && Int.fetchOne(db, sql: "SELECT count(*) FROM device") == 1
                && SearchIndex.isCurrent(db)
        }
    }

    /// Migrates and creates the device row, unless a read shows both done:
    /// opening an up-to-date cache to list articles takes no write lock. A
    /// new cache is switched to incremental vacuum before its first table,
    /// so a prune can give space back.
    private static func prepare(_ writer: any DatabaseWriter) throws {
        guard try !isPrepared(writer) else { return }
        try writer.writeWithoutTransaction { db in
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0 {
                try turnOnIncrementalVacuum(db)
            }
        }
        try Schema.migrator.migrate(writer)
        try writer.write { db in
            try SearchIndex(db: db).rebuildIfStale()
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM device") == 0 {
                try db.execute(sql: "INSERT INTO device (id) VALUES (?)", arguments: [DeviceID.make()])
            }
        }
    }

    /// Runs `body` in a write transaction, wrapping any database error with `operation`.
    func write<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(StoreError) -> T
    {
        defer { changes.didCommit() }
        return try await wrappingErrors(of: operation) { try await writer.write(body) }
    }

    /// Runs `body` like ``write(_:_:)``, but in a transaction shared with the
    /// other writes of this kind that wait meanwhile (``GroupCommit``): for
    /// the writes of a sync, which many sources make at once.
    func groupedWrite<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(StoreError) -> T
    {
        defer { changes.didCommit() }
        return try await wrappingErrors(of: operation) { try await groupCommit.write(body) }
    }

    /// Runs `body` on the writing connection outside any transaction (for
    /// pragmas that cannot run inside one), like ``write(_:_:)`` otherwise.
    func writeWithoutTransaction<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(StoreError) -> T
    {
        defer { changes.didCommit() }
        return try await wrappingErrors(of: operation) { try await writer.writeWithoutTransaction(body) }
    }

    /// Runs `body` on a read-only snapshot, wrapping any database error with `operation`.
    func read<T: Sendable>(_ operation: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(StoreError) -> T
    {
        try await wrappingErrors(of: operation) { try await writer.read(body) }
    }

    /// SQLite's `data_version` on the writing connection: it moves when
    /// another connection (another process) commits to the file.
    func dataVersion() async throws(StoreError) -> Int {
        try await wrappingErrors(of: "checking the cache for changes") {
            try await writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
        }
    }

    /// Runs `access`, passing a ``StoreError`` on and wrapping any other error
    /// with `operation`, or as the file fault it is (``StoreFault``).
    func wrappingErrors<T: Sendable>(of operation: String, _ access: () async throws -> T)
        async throws(StoreError) -> T
    {
        do {
            return try await access()
        } catch {
            throw StoreFault.error(for: error, path: writer.path, operation: operation)
        }
    }

    /// A database error's message without the SQL or bound values.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode.rawValue)"
        }
        return String(describing: error)
    }
}
