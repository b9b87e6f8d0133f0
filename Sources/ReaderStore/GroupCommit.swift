import GRDB
import Synchronization

/// Runs the writes of concurrent callers together: whatever arrived while
/// the writer was busy goes into the next transaction (group commit).
///
/// A refresh of hundreds of small feeds stores each feed's page and
/// bookkeeping separately; one transaction per write would pay a commit (WAL
/// frames for every B-tree page touched, and a new full-text segment) per
/// feed. Grouped, a busy writer commits once for all the feeds that finished
/// meanwhile.
///
/// The group runs without savepoints: a savepoint copies every page it
/// changes to a statement journal first (measured: 63,000 journal writes, a
/// quarter of a gigabyte, for 300 feeds). If any write of a group throws,
/// the whole transaction rolls back and each of its writes runs again in a
/// transaction of its own, so one failing write never takes the others down;
/// each caller learns its own result once its transaction has committed.
final class GroupCommit: Sendable {
    /// One caller's write, waiting for a transaction.
    private struct Job: Sendable {
        /// Runs the write; returns what tells the caller, to be called once
        /// the transaction commits. May run again after a rolled-back group.
        let run: @Sendable (Database) throws -> @Sendable () -> Void
        /// Tells the caller that its write, or its transaction, failed.
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

    /// Runs `body` in the next transaction; `body` may run twice (the first
    /// time rolled back) when another write of its group fails.
    /// - returns: what `body` returned, once its transaction has committed.
    /// - throws: what `body` threw, or its transaction's error.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job = Job(
                run: { db in
                    let value = try body(db)
                    return { continuation.resume(returning: value) }
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
                let finishers = try await writer.write { db in try jobs.map { try $0.run(db) } }
                for finish in finishers { finish() }
            } catch {
                guard jobs.count > 1 else {
                    jobs[0].fail(error)
                    continue
                }
                for job in jobs {
                    do {
                        try await writer.write { db in try job.run(db) }()
                    } catch {
                        job.fail(error)
                    }
                }
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
