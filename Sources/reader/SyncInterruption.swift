import Dispatch
import Foundation
import Synchronization

/// Ctrl-C (`SIGINT`) during `reader sync`: the sync is cancelled (what it
/// committed stays; the next sync goes on from there), one line says so, and
/// `reader` exits 130. A sync that has not stopped 3 s later, or a second
/// Ctrl-C, ends the process at once with the same line.
final class SyncInterruption: Sendable {
    /// Exit status after an interrupt: 128 + SIGINT, as shells report it.
    static let exitStatus: Int32 = 130

    /// The line printed when the sync stops.
    static let message = "sync stopped; what it fetched is kept, and `reader sync` resumes it"

    private let interrupts = Mutex(0)
    /// The `SIGINT` source (kept behind a lock: Dispatch's sources are not `Sendable`).
    private let source: Mutex<any DispatchSourceSignal>

    /// Starts catching `SIGINT`; `stop` is called on the first one.
    init(stop: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = Mutex(DispatchSource.makeSignalSource(signal: SIGINT, queue: .global()))
        source.withLock { source in
            source.setEventHandler { [weak self] in self?.interrupted(stop: stop) }
            source.resume()
        }
    }

    /// The first Ctrl-C calls `stop` and gives the sync 3 s to end; a second one ends the process now.
    private func interrupted(stop: @Sendable () -> Void) {
        let count = interrupts.withLock { count in
            count += 1
            return count
        }
        guard count == 1 else { Self.endNow() }
        stop()
        DispatchQueue.global().asyncAfter(deadline: .now() + 3) { Self.endNow() }
    }

    /// Whether Ctrl-C was pressed.
    var happened: Bool { interrupts.withLock { $0 > 0 } }

    /// Stops catching `SIGINT`.
    func end() {
        source.withLock { $0.cancel() }
        signal(SIGINT, SIG_DFL)
    }

    /// Prints the line and exits, without waiting for the sync.
    private static func endNow() -> Never {
        Terminal.clearLineIfInteractive()
        Terminal.printError(message)
        _exit(exitStatus)
    }
}
