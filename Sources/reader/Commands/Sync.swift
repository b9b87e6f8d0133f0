import ArgumentParser
import Foundation
import ReaderCore
import ReaderCurl

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
        CurlTransport.prepare()
        try await reportingErrors {
            let library = try options.openLibrary()
            let progress = Terminal.isInteractive ? SyncProgressLine() : nil
            let results: [Result<SyncReport, SyncError>]
            if let endpoint {
                let token = token ?? ProcessInfo.processInfo.environment["READER_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
                do throws(SyncError) {
                    let report = try await library.addSourceAndSync(url: endpoint, token: token, progress: progress?.show)
                    results = [.success(report)]
                } catch {
                    results = [.failure(error)]
                }
            } else {
                results = await library.syncAll(progress: progress?.show).map(\.result)
                if results.isEmpty {
                    print("No sources yet: add one with `reader sync --endpoint URL`.")
                }
            }
            if progress != nil { Terminal.clearLine() }
            var failed = false
            for result in results {
                switch result {
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
