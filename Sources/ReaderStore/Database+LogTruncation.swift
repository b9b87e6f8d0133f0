import GRDB
import GRDBSQLite

extension Database {
    /// Copies the whole write-ahead log into the database file and empties
    /// the log (a `TRUNCATE` checkpoint); `false` if that could not be done
    /// within three seconds.
    ///
    /// The store's background checkpointer (``WALCheckpointer``) may be
    /// checkpointing meanwhile, which makes SQLite refuse this one at once;
    /// its checkpoints take milliseconds, so this tries again meanwhile.
    /// Readers still on an old snapshot are waited for by the busy handler.
    /// - throws: `DatabaseError` for any other failure.
    @discardableResult
    func checkpointTruncatingLog() throws -> Bool {
        let result = WALCheckpointer.checkpoint(
            sqliteConnection, "main", mode: SQLITE_CHECKPOINT_TRUNCATE, waitingUpTo: .seconds(3))
        switch result {
        case SQLITE_OK: return true
        case SQLITE_BUSY: return false
        default: throw DatabaseError(resultCode: ResultCode(rawValue: result))
        }
    }
}
