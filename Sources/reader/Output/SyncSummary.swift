import Foundation
import ReaderCore

/// The lines `reader sync` prints for one source.
enum SyncSummary {
    /// The lines for what happened to the source at `url` (a failure, which
    /// goes to stderr, aside).
    static func lines(for status: SyncOutcome.Status, url: String) -> [String] {
        switch status {
        case .synced(let report):
            return lines(for: report)
        case .failed(let error):
            return [error.description]
        case .deferred(let deferral):
            let until = TimeFormat.local(deferral.until)
            switch deferral.reason {
            case .fresh: return ["\(url): fresh, not requested (until \(until); --force asks anyway)"]
            case .serverAskedToWait: return ["\(url): the server asked to wait until \(until), not requested"]
            case .backingOff: return ["\(url): backing off after repeated failures until \(until), not requested"]
            }
        case .notReached:
            return ["\(url): not reached before the deadline; the next sync starts with it"]
        }
    }

    /// One line of counts over a whole refresh.
    static func totals(_ statuses: [SyncOutcome.Status]) -> String {
        var synced = 0, unchanged = 0, failed = 0, stopped = 0, deferred = 0, notReached = 0, new = 0
        for status in statuses {
            switch status {
            case .synced(let report):
                synced += 1
                new += report.articles.new
                if report.notModified { unchanged += 1 }
            case .failed(let error): if error.isStop { stopped += 1 } else { failed += 1 }
            case .deferred: deferred += 1
            case .notReached: notReached += 1
            }
        }
        var parts = ["\(synced) synced (\(unchanged) not modified, \(new) new articles)"]
        if failed > 0 { parts.append("\(failed) failed") }
        if deferred > 0 { parts.append("\(deferred) left alone") }
        if stopped > 0 { parts.append("\(stopped) stopped at the deadline") }
        if notReached > 0 { parts.append("\(notReached) not reached") }
        return "\(statuses.count) sources: " + parts.joined(separator: ", ")
    }

    /// `45 s`, `12 min`, `3 h`.
    static func duration(_ seconds: TimeInterval) -> String {
        switch seconds {
        case ..<120: "\(Int(seconds.rounded())) s"
        case ..<(2 * 3600): "\(Int((seconds / 60).rounded())) min"
        default: "\(Int((seconds / 3600).rounded())) h"
        }
    }

    static func lines(for report: SyncReport) -> [String] {
        let timing = String(format: "%.2f s", report.duration) + (report.freshFor.map { ", fresh for \(duration($0))" } ?? "")
        let requests = "\(report.requests) request\(report.requests == 1 ? "" : "s")"
        let counts = report.articles
        let stateMoved = report.statePushed + report.statePulled > 0
        let foundOn = DiscoveredFeedLine.foundOn(report.foundOnPage, others: report.otherFeeds)
        if report.notModified && counts == ApplyResult() {
            let line = "\(report.sourceURL): not modified (\(requests), \(byteCount(report.bytesReceived)), \(timing))"
            return [line] + (stateMoved ? [stateLine(report)] : []) + (foundOn.map { [$0] } ?? [])
        }
        var lines = [
            "\(report.sourceURL): \(counts.new) new, \(counts.updated) updated, \(counts.unchanged) unchanged, "
                + "\(counts.retracted) retracted (\(report.pages) page\(report.pages == 1 ? "" : "s"), \(requests), "
                + "\(byteCount(report.bytesReceived)), \(timing))"
        ]
        if report.kind != .feed {
            lines.append(stateLine(report))
            if report.stateRestamped > 0 {
                lines.append("  the server refused clocks ahead of its time: re-stamped \(report.stateRestamped) by its time")
            }
            if report.clocksSkipped > 0 {
                lines.append("  skipped \(report.clocksSkipped) received state change\(report.clocksSkipped == 1 ? "" : "s") whose clock is out of bounds")
            }
        }
        if let foundOn { lines.append(foundOn) }
        if report.restarts > 0 {
            lines.append("  the server expired the cursor: pulled the stream again from the start")
        }
        if let damage = report.damage {
            lines.append("  damaged document, kept the items before the break (the next sync fetches it again): \(damage)")
        }
        if !report.skipped.isEmpty {
            lines.append("  skipped \(report.skipped.count) item\(report.skipped.count == 1 ? "" : "s"):")
            lines += report.skipped.prefix(10).map { "    \($0)" }
        }
        return lines
    }

    /// What the state push and pull moved, for a sync endpoint or an account.
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
