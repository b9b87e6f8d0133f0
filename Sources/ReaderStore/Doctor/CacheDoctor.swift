import Foundation
import GRDB

/// Checks a cache file and rebuilds a damaged one from its sources, keeping
/// read state, bookmarks and marks not yet sent.
///
/// A damaged cache is never replaced silently: opening it throws
/// ``StoreError/damaged(path:reason:)``, and only ``rebuild(path:)`` (as
/// `reader doctor --rebuild`) replaces it, keeping the old file aside.
///
/// For example:
///
/// ```swift
/// let check = try CacheDoctor.check(path: path)
/// if !check.isHealthy {
///     let rebuild = try CacheDoctor.rebuild(path: path)
///     print("state saved to \(rebuild.exportPath); old file at \(rebuild.setAsidePath)")
///     _ = try await ReaderLibrary(path: path, transport: transport).syncAll()   // the articles again
/// }
/// ```
public enum CacheDoctor {
    /// Checks the cache at `path` without changing it: SQLite's
    /// `integrity_check`, the schema's migrations and the device row.
    /// - throws: ``StoreError/cannotOpen(path:reason:)`` if there is no file at `path`.
    public static func check(path: String) throws(StoreError) -> CacheCheck {
        var check = CacheCheck(path: path, schemaVersion: nil, problems: [])
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotOpen(path: path, reason: "there is no cache file there")
        }
        do {
            let queue = try openForReading(path)
            try queue.read { db in
                let messages = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
                if messages != ["ok"] {
                    check.problems += messages.flatMap { $0.split(whereSeparator: \.isNewline).map(String.init) }
                        .filter { !$0.hasPrefix("*** in database") }
                }
                check.schemaVersion = try Schema.migrator.appliedMigrations(db).last
                if try Schema.migrator.hasBeenSuperseded(db) {
                    check.problems.append("its schema is newer than this version of Reader knows")
                }
                if try Int.fetchOne(db, sql: "SELECT count(*) FROM device") != 1 {
                    check.problems.append("it has no device row")
                }
            }
        } catch {
            check.problems.append(ArticleStore.reason(error))
        }
        return check
    }

    /// Rebuilds the cache at `path`: saves its read state, bookmarks and
    /// pending changes to a JSON file beside it, writes a fresh cache with
    /// the same sources (their tokens, titles and folders, but no articles,
    /// validators or cursors, so the next sync fetches everything again), the
    /// same device id and clock, and the saved state and outbox re-applied,
    /// then moves the old file aside (`<path>.damaged-<time>`) and puts the
    /// new one in its place. Rows of a table damaged midway are kept up to
    /// the damage; what could not be read is listed in the result.
    ///
    /// Holds the cache's ``CacheLock`` meanwhile.
    /// - throws: ``StoreError/syncInProgress(path:)`` while a sync runs;
    ///   ``StoreError/damaged(path:reason:)`` if not even the sources can be
    ///   read; ``StoreError/cannotOpen(path:reason:)`` or another file fault
    ///   if a file cannot be written. The old file is untouched on failure.
    public static func rebuild(path: String) throws(StoreError) -> CacheRebuild {
        let lock = CacheLock(cachePath: path)
        try lock.acquire()
        defer { lock.release() }
        let stamp = timestamp()
        let salvage = try Salvage(path: path)
        let exportPath = path + ".saved-\(stamp).json"
        let setAsidePath = path + ".damaged-\(stamp)"
        let buildPath = path + ".rebuilding-\(stamp)"
        do {
            try salvage.export().write(to: URL(fileURLWithPath: exportPath), options: .atomic)
            try? FileManager.default.removeItem(atPath: buildPath)
            let queue = try DatabaseQueue(path: buildPath)
            try Schema.migrator.migrate(queue)
            try queue.write { db in try salvage.restore(into: db) }
            try queue.close()
            try replace(path, with: buildPath, settingAsideAt: setAsidePath)
        } catch {
            try? FileManager.default.removeItem(atPath: buildPath)
            throw StoreFault.error(for: error, path: path, operation: "rebuilding the cache")
        }
        return CacheRebuild(
            path: path, exportPath: exportPath, setAsidePath: setAsidePath, sources: salvage.sources.count,
            states: salvage.states.count, pendingChanges: salvage.outbox.count, problems: salvage.problems)
    }

    /// A read-only connection that neither migrates nor writes.
    static func openForReading(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Links the old file to `aside`, moves its `-wal` and `-shm` there too
    /// (they belong to the old file and would be replayed into the new one),
    /// then renames `built` over `path` in one step.
    private static func replace(_ path: String, with built: String, settingAsideAt aside: String) throws {
        let files = FileManager.default
        try files.linkItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] where files.fileExists(atPath: path + suffix) {
            try files.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        guard rename(built, path) == 0 else {
            throw StoreError.cannotOpen(path: path, reason: "cannot move the rebuilt cache into place: \(String(cString: strerror(errno)))")
        }
    }

    /// `20261202-133700`, in UTC.
    private static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
