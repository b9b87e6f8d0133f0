import Foundation
import ReaderCore

/// The live progress line `reader sync` draws on a terminal.
struct SyncProgressLine: Sendable {
    /// Draws `progress` over the current line.
    @Sendable func show(_ progress: SyncProgress) {
        let bar = String(repeating: "#", count: min(30, progress.pages)).padding(toLength: 30, withPad: ".", startingAt: 0)
        Terminal.rewriteLine(
            "[\(bar)] \(progress.phase.rawValue): \(progress.pages) pages, \(progress.articles) articles, "
                + SyncSummary.byteCount(progress.bytesReceived))
    }
}
