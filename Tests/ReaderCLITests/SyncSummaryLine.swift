/// The line `reader sync` prints for one source, read back:
/// `URL: 2 new, 0 updated, 0 unchanged, 0 retracted (1 page, 1 request, 5.1 KB, 0.03 s)`
/// or `URL: not modified (1 request, 312 B, 0.01 s)`, and for sync endpoints the
/// `  state: N sent, M received` line after it.
struct SyncSummaryLine: Equatable, CustomStringConvertible {
    var notModified = false
    var new = 0
    var updated = 0
    var unchanged = 0
    var retracted = 0
    var requests = 0
    /// `nil` when no state line follows.
    var stateSent: Int?
    var stateReceived: Int?

    /// The summary for `source` in `stdout`, or `nil` if there is none.
    init?(in stdout: String, source: String) {
        let lines = stdout.split(whereSeparator: \.isNewline).map(String.init)
        guard let index = lines.firstIndex(where: { $0.hasPrefix(source + ": ") }) else { return nil }
        let line = lines[index].dropFirst(source.count + 2)
        if let match = line.wholeMatch(of: /not modified \((\d+) requests?, .*\)/) {
            notModified = true
            requests = Int(match.1) ?? -1
        } else if let match = line.wholeMatch(
            of: /(\d+) new, (\d+) updated, (\d+) unchanged, (\d+) retracted \(\d+ pages?, (\d+) requests?, .*\)/)
        {
            new = Int(match.1) ?? -1
            updated = Int(match.2) ?? -1
            unchanged = Int(match.3) ?? -1
            retracted = Int(match.4) ?? -1
            requests = Int(match.5) ?? -1
        } else {
            return nil
        }
        if index + 1 < lines.count, let state = lines[index + 1].wholeMatch(of: /\ \ state: (\d+) sent, (\d+) received/) {
            stateSent = Int(state.1)
            stateReceived = Int(state.2)
        }
    }

    var description: String {
        notModified
            ? "not modified (\(requests) requests)"
            : "\(new) new, \(updated) updated, \(unchanged) unchanged, \(retracted) retracted (\(requests) requests)"
                + (stateSent.map { "; state \($0) sent, \(stateReceived ?? -1) received" } ?? "")
    }
}

extension ReaderRun {
    /// The summary this run printed for `source`.
    /// - throws: ``UnexpectedOutput`` if it printed none.
    func summary(for source: String) throws -> SyncSummaryLine {
        guard let summary = SyncSummaryLine(in: stdout, source: source) else {
            throw UnexpectedOutput(expected: "a sync summary line for \(source)", run: self)
        }
        return summary
    }
}
