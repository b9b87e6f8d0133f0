import Foundation
import GRDB

extension Database {
    /// Copies the whole write-ahead log into the database file and empties
    /// the log (a `TRUNCATE` checkpoint); `false` if that could not be done
    /// within about three seconds.
    ///
    /// SQLite refuses such a checkpoint at once, busy handler or not, while
    /// another connection is checkpointing, as the store's background
    /// checkpointer (``WALCheckpointer``) may be; its checkpoints take
    /// milliseconds, so this tries again meanwhile. Readers still on an old
    /// snapshot are waited for by the busy handler.
    @discardableResult
    func checkpointTruncatingLog() throws -> Bool {
        for _ in 0..<300 {
            let row = try Row.fetchOne(self, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            if row?[0] as Int? != 1 { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }
}
