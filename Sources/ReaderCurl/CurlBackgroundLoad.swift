import Foundation
import Synchronization

/// Loading libcurl on a thread of its own ahead of the first transfer, and
/// waiting for that load to end.
///
/// A process must not exit while the load runs: `exit` would run the
/// libraries' destructors while `dlopen` is still initialising them on the
/// loading thread (seen as a SIGSEGV at exit, after a quick failure such as
/// a cache that cannot be opened). Whoever starts the load waits for it
/// before returning.
enum CurlBackgroundLoad {
    private enum State {
        case notStarted
        /// Running, with the tasks waiting for it to end.
        case running([CheckedContinuation<Void, Never>])
        case finished
    }

    private static let state = Mutex(State.notStarted)

    /// Starts loading libcurl on a thread of its own, unless a load was
    /// started before.
    static func start() {
        let starts = state.withLock { state in
            guard case .notStarted = state else { return false }
            state = .running([])
            return true
        }
        guard starts else { return }
        let thread = Thread {
            _ = CurlLibrary.unavailability
            let waiting = state.withLock { state in
                defer { state = .finished }
                if case .running(let waiting) = state { return waiting }
                return []
            }
            for continuation in waiting { continuation.resume() }
        }
        thread.name = "reader.curl-load"
        thread.start()
    }

    /// Returns once a load started by ``start()`` has ended, at once if
    /// none was started.
    static func finished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { state in
                guard case .running(let waiting) = state else { return true }
                state = .running(waiting + [continuation])
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }
}
