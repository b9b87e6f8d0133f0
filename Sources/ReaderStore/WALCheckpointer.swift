import Dispatch
import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Copies the write-ahead log back into the database file on a connection
/// and thread of its own, so that a commit does not wait for it.
///
/// SQLite's automatic checkpoint runs inside the commit that takes the log
/// past 1,000 pages: the committing thread copies the log's pages into the
/// database file and syncs both files before the commit returns. A first
/// sync writes more than that with every page of articles, so nearly every
/// commit paid for one: without them, `reader-bench micro` stored new
/// articles about 40% faster.
///
/// Installed on the writing connection (``install(on:)``), this replaces
/// SQLite's: once the log holds ``backgroundPages``, a commit only asks for a
/// checkpoint, which a second connection runs while the writer goes on (a
/// passive one: it copies what is committed and never blocks a writer or a
/// reader). The log starts again from its beginning at the first write
/// after a checkpoint that copied all of it. Should the log still reach
/// ``writerPages`` (the background fell behind, or a long read keeps old
/// pages in use), the writer waits for a running background checkpoint and
/// then checkpoints itself as SQLite would, so the log stays bounded.
///
/// The store ``close()``s it before its pool closes: the writer's connection
/// is then the last one open, and SQLite's checkpoint at closing copies the
/// whole log into the file and removes it. Without that, a process that
/// exits right after a sync left its latest pages in the log only.
final class WALCheckpointer: Sendable {
    /// Pages in the log at which a commit asks for a background checkpoint:
    /// SQLite's own automatic checkpoint size.
    static let backgroundPages: Int32 = 1000
    /// Pages in the log at which the committing writer checkpoints itself.
    static let writerPages: Int32 = 8000

    private struct State {
        /// The checkpointing connection, opened at the first checkpoint.
        var connection: DatabaseQueue?
        var isRunning = false
        /// A commit asked again while a checkpoint ran.
        var isRequested = false
        /// ``close()`` was called: nothing more starts.
        var isClosed = false
    }

    private let path: String
    private let state = Mutex(State())

    /// A checkpointer of the database file at `path`.
    init(path: String) {
        self.path = path
    }

    /// Takes over the automatic checkpoints of `db`, the writing connection.
    /// The checkpointer must outlive the connection: the hook holds it
    /// unretained (``ArticleStore`` keeps it in the pool's configuration).
    func install(on db: Database) {
        sqlite3_wal_hook(
            db.sqliteConnection,
            { context, connection, name, pages in
                if pages >= WALCheckpointer.writerPages {
                    WALCheckpointer.checkpointOnWriter(connection, name)
                } else if pages >= WALCheckpointer.backgroundPages, let context {
                    Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue().request()
                }
                return SQLITE_OK
            },
            Unmanaged.passUnretained(self).toOpaque())
    }

    /// What SQLite's own hook does, once any background checkpoint has
    /// ended: a writer that kept finding one running (they take longer than
    /// its commits) would never get a log copied to its end, which is what
    /// lets the next write start the log again from its beginning.
    private static func checkpointOnWriter(_ connection: OpaquePointer?, _ name: UnsafePointer<CChar>?) {
        _ = checkpoint(connection, name, mode: SQLITE_CHECKPOINT_PASSIVE, waitingUpTo: .seconds(5))
    }

    /// Runs a checkpoint of `mode` on `connection`, trying again every
    /// millisecond until `limit` has passed while another connection's
    /// checkpoint is running: SQLite refuses a second one at once, busy
    /// handler or not (``checkpointOnWriter(_:_:)``,
    /// `Database.checkpointTruncatingLog()`).
    /// - returns: SQLite's result, `SQLITE_BUSY` if the time ran out.
    static func checkpoint(
        _ connection: OpaquePointer?, _ name: UnsafePointer<CChar>?, mode: Int32, waitingUpTo limit: Duration
    ) -> Int32 {
        let deadline = ContinuousClock.now + limit
        while true {
            let result = sqlite3_wal_checkpoint_v2(connection, name, mode, nil, nil)
            guard result == SQLITE_BUSY, ContinuousClock.now < deadline else { return result }
            usleep(1000)
        }
    }

    /// Starts a background checkpoint, or asks the running one for another.
    private func request() {
        let starts = state.withLock { state in
            if state.isClosed { return false }
            if state.isRunning {
                state.isRequested = true
                return false
            }
            state.isRunning = true
            return true
        }
        if starts {
            DispatchQueue.global(qos: .utility).async { self.checkpointWhileRequested() }
        }
    }

    private func checkpointWhileRequested() {
        repeat {
            checkpoint()
        } while state.withLock { state in
            defer { state.isRequested = false }
            let again = state.isRequested && !state.isClosed
            if !again { state.isRunning = false }
            return again
        }
    }

    /// Stops checkpointing: interrupts a running background checkpoint,
    /// waits for it to end, and closes the checkpointing connection. What it
    /// had not copied stays in the log, for the writer's closing checkpoint.
    func close() {
        let connection = state.withLock { state in
            state.isClosed = true
            return state.connection
        }
        connection?.interrupt()
        while state.withLock({ $0.isRunning }) { usleep(1000) }
        state.withLock { $0.connection = nil }
    }

    /// One passive checkpoint. A failure is left alone: the log only grows
    /// until the writer checkpoints it at ``writerPages``.
    private func checkpoint() {
        guard let connection = openConnection() else { return }
        _ = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }

    private func openConnection() -> DatabaseQueue? {
        if let connection = state.withLock({ $0.connection }) { return connection }
        guard let connection = try? DatabaseQueue(path: path) else { return nil }
        return state.withLock { state in
            guard !state.isClosed else { return nil }
            state.connection = connection
            return connection
        }
    }
}
