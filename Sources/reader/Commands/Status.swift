import ArgumentParser
import ReaderCore

/// `reader status`: what the cache holds and what waits to be sent.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show sources, counts, outbox size and device id.")

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        try await reportingErrors {
            let status = try await options.openCacheForReading().status()
            print("Cache:      \(options.databasePath)")
            print("Device:     \(status.deviceID)")
            print("Articles:   \(status.articles) (\(status.unread) unread, \(status.bookmarked) bookmarked)")
            print("Outbox:     \(status.outbox) change\(status.outbox == 1 ? "" : "s") waiting to be sent")
            print("Sources:    \(status.sources.count)")
            for source in status.sources { print("  " + SourceLine.describe(source)) }
        }
    }
}
