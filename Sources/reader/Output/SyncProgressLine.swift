import Foundation
import ReaderCore

/// The live progress line `reader sync` draws on a terminal.
struct SyncProgressLine: Sendable {
    /// The widest line drawn, so that it never wraps on an ordinary terminal.
    private static let width = 79

    /// Draws a refresh of many sources: how many are done and which are in flight.
    @Sendable func show(_ progress: SyncAllProgress) {
        let hosts = progress.inFlight.map { URLComponents(string: $0)?.host ?? $0 }
        draw("[\(progress.finished)/\(progress.total)] syncing \(progress.inFlight.count): " + hosts.joined(separator: ", "))
    }

    /// Draws the progress of one source.
    @Sendable func showSource(_ progress: SyncProgress) {
        draw(
            "\(progress.phase.rawValue): \(progress.pages) pages, \(progress.articles) articles, "
                + SyncSummary.byteCount(progress.bytesReceived))
    }

    private func draw(_ text: String) {
        Terminal.rewriteLine(text.count > Self.width ? String(text.prefix(Self.width - 1)) + "…" : text)
    }
}
