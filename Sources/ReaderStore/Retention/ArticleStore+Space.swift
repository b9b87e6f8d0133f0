import Foundation
import GRDB

// MARK: - Giving space back

extension ArticleStore {
    /// Gives the free pages back to the file system and folds the
    /// write-ahead log into the file, so its size shows what was freed.
    ///
    /// With `mergingSearchIndex`, for a prune that removed more articles
    /// than it left, the search index is merged into one segment first
    /// (``mergeSearchIndex(_:)``): its deleted entries otherwise stay in it as
    /// tombstones until its own merges reach them, keeping their pages. Then a cache
    /// with incremental vacuum (every cache since schema v9) runs `PRAGMA
    /// incremental_vacuum`, unless most of the file is free: moving the pages
    /// still used down one by one then costs far more than copying them into
    /// a new file (measured: a 3.4 GB cache with 10% left, a full `VACUUM` in
    /// 31 s, the incremental one over 3 minutes and unfinished), so it runs a
    /// full `VACUUM`, as an older cache without incremental vacuum does once
    /// to switch to it.
    func reclaimSpace(mergingSearchIndex: Bool) async throws(StoreError) {
        try await wrappingErrors(of: "giving space back") {
            try await writer.barrierWriteWithoutTransaction { db in
                if mergingSearchIndex {
                    try Self.mergeSearchIndex(db)
                }
                let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                if try Int.fetchOne(db, sql: "PRAGMA auto_vacuum") == Self.incrementalVacuum, free < pages / 2 {
                    try db.execute(sql: "PRAGMA incremental_vacuum")
                } else {
                    try Self.turnOnIncrementalVacuum(db)
                }
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" {
                    try db.checkpointTruncatingLog()
                }
            }
        }
    }

    /// Merges the search index's segments into one, dropping the deleted
    /// entries, in steps of a bounded number of pages, each its own
    /// transaction: the log stays the size of a step, where one `optimize`
    /// writes a log as large as the index (measured: 32 MB instead of 413 MB
    /// after 900,000 deletes from a 1M-article index, in 12 s instead of 8.5).
    static func mergeSearchIndex(_ db: Database) throws {
        // A negative step merges segments of every level, as `optimize` does;
        // a step that changes fewer than 2 rows found nothing left to merge.
        let merge = try db.makeStatement(
            sql: "INSERT INTO article_search(article_search, rank) VALUES('merge', -500)")
        var changes: Int
        repeat {
            let before = db.totalChangesCount
            try merge.execute()
            changes = db.totalChangesCount - before
        } while changes >= 2
    }

    /// `PRAGMA auto_vacuum`'s value for incremental vacuum.
    static let incrementalVacuum = 2

    /// Switches `db` to incremental vacuum, or keeps it, with a full `VACUUM`
    /// (quick on an empty cache; on a big one, in proportion to what it holds).
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
