import Foundation
import GRDB

// MARK: - Giving space back

extension ArticleStore {
    /// Gives the free pages back to the file system and folds the
    /// write-ahead log into the file, so its size shows what was freed.
    ///
    /// A cache created with incremental vacuum (every cache since schema v9)
    /// runs `PRAGMA incremental_vacuum`; an older one is switched to it with
    /// one full `VACUUM`, which rewrites the file once.
    func reclaimSpace() async throws(StoreError) {
        try await wrappingErrors(of: "giving space back") {
            try await writer.barrierWriteWithoutTransaction { db in
                if try Int.fetchOne(db, sql: "PRAGMA auto_vacuum") == Self.incrementalVacuum {
                    try db.execute(sql: "PRAGMA incremental_vacuum")
                } else {
                    try Self.turnOnIncrementalVacuum(db)
                }
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" {
                    try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                }
            }
        }
    }

    /// `PRAGMA auto_vacuum`'s value for incremental vacuum.
    static let incrementalVacuum = 2

    /// Switches `db` to incremental vacuum: a full `VACUUM`, quick on an empty cache.
    static func turnOnIncrementalVacuum(_ db: Database) throws {
        try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
        try db.execute(sql: "VACUUM")
    }

    /// The size of the cache file with its write-ahead log; `nil` in memory.
    func fileBytes() -> Int? {
        let path = writer.path
        guard path != ":memory:", !path.isEmpty else { return nil }
        func size(_ file: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
        }
        return size(path) + size(path + "-wal")
    }
}
