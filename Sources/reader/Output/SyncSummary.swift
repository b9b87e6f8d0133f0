import Foundation
import ReaderCore

/// The lines `reader sync` prints for one source.
enum SyncSummary {
    static func lines(for report: SyncReport) -> [String] {
        let timing = String(format: "%.2f s", report.duration)
        let requests = "\(report.requests) request\(report.requests == 1 ? "" : "s")"
        let counts = report.articles
        let stateMoved = report.statePushed + report.statePulled > 0
        if report.notModified && counts == ApplyResult() {
            let line = "\(report.sourceURL): not modified (\(requests), \(byteCount(report.bytesReceived)), \(timing))"
            return stateMoved ? [line, stateLine(report)] : [line]
        }
        var lines = [
            "\(report.sourceURL): \(counts.new) new, \(counts.updated) updated, \(counts.unchanged) unchanged, "
                + "\(counts.retracted) retracted (\(report.pages) page\(report.pages == 1 ? "" : "s"), \(requests), "
                + "\(byteCount(report.bytesReceived)), \(timing))"
        ]
        if report.kind == .syncEndpoint {
            lines.append(stateLine(report))
        }
        if report.restarts > 0 {
            lines.append("  the server expired the cursor: pulled the stream again from the start")
        }
        if !report.skipped.isEmpty {
            lines.append("  skipped \(report.skipped.count) item\(report.skipped.count == 1 ? "" : "s"):")
            lines += report.skipped.prefix(10).map { "    \($0)" }
        }
        return lines
    }

    /// What the state push and pull moved, for a sync endpoint.
    private static func stateLine(_ report: SyncReport) -> String {
        "  state: \(report.statePushed) sent, \(report.statePulled) received"
    }

    /// `512 B`, `5.1 KB`, `3.2 MB`.
    static func byteCount(_ bytes: Int) -> String {
        switch bytes {
        case ..<1024: "\(bytes) B"
        case ..<(1024 * 1024): String(format: "%.1f KB", Double(bytes) / 1024)
        default: String(format: "%.1f MB", Double(bytes) / 1024 / 1024)
        }
    }
}
