import Foundation
import ArgumentParser
import ReaderCore

/// `reader status`: what the cache holds and what waits to be sent.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show sources and accounts with their counts and schedule, the outbox size and the device id.")

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
        var queuedForSearch: Int
        var clockOffsetMS: Int64?
        var skippedClocks: Int
        var sources: [SourceJSON]
        var accounts: [AccountJSON]

        enum CodingKeys: String, CodingKey {
            case cache, device, articles, unread, bookmarked, outbox, sources, accounts
            case queuedForSearch = "queued_for_search"
            case clockOffsetMS = "clock_offset_ms"
            case skippedClocks = "skipped_clocks"
        }
    }

    func run() async throws {
        try await reportingErrors {
            let store = try options.openCacheForReading()
            let status = try await store.status()
            var accounts: [AccountJSON] = []
            for account in try await store.accounts() {
                accounts.append(AccountJSON(account, subscriptions: try await store.sources(of: account).count))
            }
            if json {
                print(
                    try JSONOutput.text(
                        of: StatusJSON(
                            cache: options.databasePath, device: status.deviceID, articles: status.articles,
                            unread: status.unread, bookmarked: status.bookmarked, outbox: status.outbox,
                            queuedForSearch: status.queuedForSearch,
                            clockOffsetMS: status.clock.offsetMS, skippedClocks: status.clock.skippedClocks,
                            sources: status.sources.map { SourceJSON($0) }, accounts: accounts)))
                return
            }
            print("Cache:      \(options.databasePath)")
            print("Device:     \(status.deviceID)")
            print("Articles:   \(status.articles) (\(status.unread) unread, \(status.bookmarked) bookmarked)")
            print("Outbox:     \(status.outbox) change\(status.outbox == 1 ? "" : "s") waiting to be sent")
            if status.queuedForSearch > 0 {
                print("Search:     \(status.queuedForSearch) article\(status.queuedForSearch == 1 ? "" : "s") waiting for the index; the next search indexes them")
            }
            if let offset = status.clock.offsetMS { print("Clock:      \(Self.describe(offsetMS: offset))") }
            if status.clock.skippedClocks > 0 {
                print("Skipped:    \(status.clock.skippedClocks) received clock\(status.clock.skippedClocks == 1 ? "" : "s") out of bounds, not applied")
            }
            print("Sources:    \(status.sources.count)")
            for source in status.sources { print("  " + SourceLine.describe(source)) }
            if !accounts.isEmpty {
                print("Accounts:   \(accounts.count)")
                for account in accounts { print("  " + account.text) }
            }
        }
    }

    /// What a learned clock offset says: which way this device's clock is off, and by how much.
    static func describe(offsetMS: Int64) -> String {
        let seconds = Double(offsetMS.magnitude) / 1000
        let amount = seconds >= 3600 ? String(format: "%.1f h", seconds / 3600)
            : seconds >= 60 ? String(format: "%.1f min", seconds / 60) : String(format: "%.1f s", seconds)
        let direction = offsetMS < 0 ? "ahead of" : "behind"
        return "this device's clock is \(amount) \(direction) the server's; changes are stamped by the server's time"
    }
}
