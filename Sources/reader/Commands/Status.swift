import ArgumentParser
import ReaderCore

/// `reader status`: what the cache holds and what waits to be sent.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show sources with their counts and schedule, the outbox size and the device id.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print a JSON object instead of lines.")
    var json = false

    /// What `--json` prints.
    private struct StatusJSON: Encodable {
        var cache: String
        var device: String
        var articles: Int
        var unread: Int
        var bookmarked: Int
        var outbox: Int
        var sources: [SourceJSON]
    }

    func run() async throws {
        try await reportingErrors {
            let status = try await options.openCacheForReading().status()
            if json {
                print(
                    try JSONOutput.text(
                        of: StatusJSON(
                            cache: options.databasePath, device: status.deviceID, articles: status.articles,
                            unread: status.unread, bookmarked: status.bookmarked, outbox: status.outbox,
                            sources: status.sources.map { SourceJSON($0) })))
                return
            }
            print("Cache:      \(options.databasePath)")
            print("Device:     \(status.deviceID)")
            print("Articles:   \(status.articles) (\(status.unread) unread, \(status.bookmarked) bookmarked)")
            print("Outbox:     \(status.outbox) change\(status.outbox == 1 ? "" : "s") waiting to be sent")
            print("Sources:    \(status.sources.count)")
            for source in status.sources { print("  " + SourceLine.describe(source)) }
        }
    }
}
