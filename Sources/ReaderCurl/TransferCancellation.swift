import Synchronization

/// The cancellation flag of one transfer, shared by the task that awaits it
/// and the thread that runs it.
///
/// Cancelling also wakes the session running the transfer, so a transfer
/// blocked waiting for the network notices at once.
final class TransferCancellation: Sendable {
    /// The flag and the session to wake, guarded together so that a session
    /// is never woken after it has finished the transfer.
    private struct State {
        var isCancelled = false
        var running: CurlSession?
    }

    private let state = Mutex(State())

    /// Whether the task was cancelled.
    var isCancelled: Bool { state.withLock { $0.isCancelled } }

    /// Marks the transfer cancelled and wakes its session, if it runs.
    func cancel() {
        state.withLock { state in
            state.isCancelled = true
            state.running?.wakeUp()
        }
    }

    /// Records that `session` runs the transfer from now on; returns `false`,
    /// recording nothing, if it was already cancelled.
    func begin(on session: CurlSession) -> Bool {
        state.withLock { state in
            guard !state.isCancelled else { return false }
            state.running = session
            return true
        }
    }

    /// Records that the session no longer runs the transfer.
    func end() {
        state.withLock { $0.running = nil }
    }
}
