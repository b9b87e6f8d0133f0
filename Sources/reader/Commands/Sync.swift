import ArgumentParser
import Foundation
import ReaderCore

/// `reader sync`: syncs one new source, or every saved one.
struct Sync: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sync a feed or sync endpoint, or every saved source.",
        discussion: "Exits non-zero if any source failed, after syncing the others.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "A feed or Reader Sync API URL to add (kept for later runs) and sync.")
    var endpoint: String?

    @Option(help: "Bearer token for --endpoint (default: $READER_TOKEN). Stored for that source, never printed.")
    var token: String?

    func validate() throws {
        if token != nil && endpoint == nil {
            throw ValidationError("--token needs --endpoint: it is stored for that source.")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let library = try options.openLibrary()
            let progress = Terminal.isInteractive ? SyncProgressLine() : nil
            let outcomes: [SyncOutcome]
            if let endpoint {
                let token = token ?? ProcessInfo.processInfo.environment["READER_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
                let source = try await library.store.addSource(url: endpoint, token: token)
                do throws(SyncError) {
                    outcomes = [SyncOutcome(source: source, result: .success(try await library.sync(source, progress: progress?.show)))]
                } catch {
                    outcomes = [SyncOutcome(source: source, result: .failure(error))]
                    // A URL whose first sync fails is not kept: later runs would fail on it too.
                    if source.kind == nil && source.lastSyncedAt == nil {
                        try await library.store.removeSource(url: source.url)
                    }
                }
            } else {
                outcomes = await library.syncAll(progress: progress?.show)
                if outcomes.isEmpty {
                    print("No sources yet: add one with `reader sync --endpoint URL`.")
                }
            }
            if progress != nil { Terminal.clearLine() }
            var failed = false
            for outcome in outcomes {
                switch outcome.result {
                case .success(let report):
                    print(SyncSummary.lines(for: report).joined(separator: "\n"))
                case .failure(let error):
                    failed = true
                    Terminal.printError(error.description + Self.hint(for: error))
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    private static func hint(for error: SyncError) -> String {
        guard case .unauthorized = error else { return "" }
        return "; pass one with `reader sync --endpoint URL --token TOKEN` or $READER_TOKEN"
    }
}
