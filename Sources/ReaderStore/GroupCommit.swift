import GRDB
import Synchronization

/// Runs the writes of concurrent callers together: whatever arrived while
/// the writer was busy goes into the next transaction, each write in a
/// savepoint of its own (group commit).
///
/// A refresh of hundreds of small feeds stores each feed's page and
/// bookkeeping separately; one transaction per write would pay a commit (WAL
/// frames for every B-tree touched, and a new full-text segment) per feed.
/// Grouped, a busy writer commits once for all the feeds that finished
/// meanwhile. A write that throws rolls back only its own savepoint; each
/// caller learns its own result once the shared transaction has committed.
final class GroupCommit: Sendable {
    /// One caller's write, waiting for a transaction.
    private struct Job: Sendable {
        /// Runs the write in a savepoint of the shared transaction; returns
        /// what tells the caller, to be called once the transaction commits.
        let run: @Sendable (Database) -> @Sendable () -> Void
        /// Tells the caller that the shared transaction failed.
        let fail: @Sendable (any Error) -> Void
    }

    private struct State {
        var waiting: [Job] = []
        var isDraining = false
    }

    private let writer: any DatabaseWriter
    private let state = Mutex(State())

    /// Groups the writes made through `writer`.
    init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// Runs `body` in the next transaction, in a savepoint of its own.
    /// - returns: what `body` returned, once its transaction has committed.
    /// - throws: what `body` threw (its savepoint rolled back), or the
    ///   transaction's own error.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(
                run: { db in
                    do {
                        var value: T?
                        try db.inSavepoint {
                            value = try body(db)
                            return .commit
                        }
                        return { [value] in continuation.resume(returning: value!) }
                    } catch {
                        return { continuation.resume(throwing: error) }
                    }
                },
                fail: { continuation.resume(throwing: $0) })
            let startsDraining = state.withLock { state in
                state.waiting.append(job)
                defer { state.isDraining = true }
                return !state.isDraining
            }
            if startsDraining {
                Task { await drain() }
            }
        }
    }

    /// Commits what waits, one transaction at a time, until nothing does.
    private func drain() async {
        while let jobs = takeWaiting() {
            do {
                let finishers = try await writer.write { db in jobs.map { $0.run(db) } }
                for finish in finishers { finish() }
            } catch {
                for job in jobs { job.fail(error) }
            }
        }
    }

    /// Every waiting job, or `nil` (and draining over) when none waits.
    private func takeWaiting() -> [Job]? {
        state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.isDraining = false
                return nil
            }
            defer { state.waiting = [] }
            return state.waiting
        }
    }
}
