import Dispatch
import Foundation
import ReaderCore
import Synchronization

/// The live progress line `reader sync` draws on a terminal: one line,
/// redrawn in place (`\r`, erase line), never wider than the terminal (its
/// width is read at every draw, and the last frame is drawn again when the
/// terminal is resized, on `SIGWINCH`). A bar only where the total is known
/// (sources of a refresh); counts where it is not (the pages of one source).
final class SyncProgressLine: Sendable {
    /// The text of the last frame, before it was clipped to the terminal.
    private let lastFrame = Mutex<String?>(nil)
    /// The `SIGWINCH` source (kept behind a lock: Dispatch's sources are not `Sendable`).
    private let resize: Mutex<any DispatchSourceSignal>

    /// Starts watching for resizes of the terminal.
    init() {
        signal(SIGWINCH, SIG_IGN)
        resize = Mutex(DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global()))
        resize.withLock { source in
            source.setEventHandler { [weak self] in self?.redraw() }
            source.resume()
        }
    }

    deinit {
        resize.withLock { $0.cancel() }
    }

    /// Draws a refresh of many sources: a bar of those done, and which are in flight.
    @Sendable func show(_ progress: SyncAllProgress) {
        let hosts = progress.inFlight.map { URLComponents(string: $0)?.host ?? $0 }
        var text = Self.bar(done: progress.finished, of: progress.total) + " \(progress.finished)/\(progress.total) sources"
        if !hosts.isEmpty { text += " · syncing " + hosts.joined(separator: ", ") }
        draw(text)
    }

    /// Draws the progress of one source: its step and counts (its total is not
    /// known), then its URL, which a narrow terminal cuts first.
    @Sendable func showSource(_ progress: SyncProgress) {
        draw(
            "\(Self.name(of: progress.phase)): \(progress.pages) page\(progress.pages == 1 ? "" : "s"), "
                + "\(progress.articles) article\(progress.articles == 1 ? "" : "s"), "
                + SyncSummary.byteCount(progress.bytesReceived) + " · " + progress.sourceURL)
    }

    /// Clears the line, so that what is printed next starts on an empty line.
    func clear() {
        lastFrame.withLock { frame in
            frame = nil
            Terminal.clearLine()
        }
    }

    /// What a step is called on the line.
    static func name(of phase: SyncProgress.Phase) -> String {
        switch phase {
        case .discovering: "finding the feed"
        case .pushingState: "sending marks"
        case .articles: "fetching articles"
        case .pullingState: "fetching read state"
        }
    }

    /// `[#####-----]`: `done` of `total`, never full before the end.
    static func bar(done: Int, of total: Int, cells: Int = 10) -> String {
        let filled = total > 0 ? min(cells, done * cells / total) : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled) + "]"
    }

    /// `text` cut to one column less than the terminal is wide (the last
    /// column would wrap on some terminals), with `…` when cut.
    static func clipped(_ text: String, columns: Int) -> String {
        let room = max(1, columns - 1)
        return DisplayWidth.of(text) > room ? DisplayWidth.fit(text, to: room) : text
    }

    private func draw(_ text: String) {
        lastFrame.withLock { frame in
            frame = text
            Terminal.rewriteLine(Self.clipped(text, columns: Self.columns))
        }
    }

    private func redraw() {
        lastFrame.withLock { frame in
            guard let frame else { return }
            Terminal.rewriteLine(Self.clipped(frame, columns: Self.columns))
        }
    }

    /// The terminal's width now; 80 when it cannot be read.
    private static var columns: Int { Terminal.windowColumns ?? Terminal.columns ?? 80 }
}
