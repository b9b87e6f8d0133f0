import Synchronization

/// Counts the commits made through one ``ArticleStore`` and wakes the
/// observations waiting for the next one; also knows whether a sync is
/// writing a batch of pages, so observations can wait for its end.
final class StoreChanges: Sendable {
    private struct State {
        var generation: UInt64 = 0
        var openBatches = 0
        var nextWaiter: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = Mutex(State())

    /// How many writes have committed so far: an observation compares it
    /// with the value it last read.
    var generation: UInt64 { state.withLock { $0.generation } }

    /// Whether a sync is between its first and last page.
    var isBatching: Bool { state.withLock { $0.openBatches > 0 } }

    /// Records a committed write and wakes every waiter.
    func didCommit() {
        let waiters = state.withLock { state in
            state.generation += 1
            defer { state.waiters = [:] }
            return state.waiters
        }
        for waiter in waiters.values { waiter.resume() }
    }

    /// Marks the start of a batch of writes that observers should see as one.
    func beginBatch() { state.withLock { $0.openBatches += 1 } }

    /// Marks the end of a batch, waking observers as a commit does.
    func endBatch() {
        state.withLock { $0.openBatches -= 1 }
        didCommit()
    }

    /// Returns once a write has committed after `generation` was read, at
    /// once if one already has, and when the calling task is cancelled.
    func waitForCommit(after generation: UInt64) async {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    guard state.generation == generation, !Task.isCancelled else { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume()
        }
    }
}
