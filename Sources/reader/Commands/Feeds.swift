import ArgumentParser
import Foundation
import ReaderCore

/// `reader feeds list | add URL | remove URL`.
struct Feeds: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, add or remove saved sources.", subcommands: [ListSources.self, Add.self, Remove.self],
        defaultSubcommand: ListSources.self)

    /// `reader feeds list`.
    struct ListSources: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List saved sources.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await reportingErrors {
                let sources = try await options.openCacheForReading().sources()
                if sources.isEmpty { print("No sources yet: add one with `reader feeds add URL`.") }
                for source in sources { print(SourceLine.describe(source)) }
            }
        }
    }

    /// `reader feeds add URL`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Save a feed or sync endpoint without syncing it.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The feed or sync endpoint URL.")
        var url: String

        @Option(help: "Bearer token for the endpoint (default: $READER_TOKEN). Stored, never printed.")
        var token: String?

        func validate() throws {
            guard let scheme = URL(string: url)?.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
                throw ValidationError("\(url) is not an http or https URL.")
            }
        }

        func run() async throws {
            try await reportingErrors {
                let token = token ?? ProcessInfo.processInfo.environment["READER_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
                let source = try await options.openLibrary().store.addSource(url: url, token: token)
                print("Saved \(source.url)")
            }
        }
    }

    /// `reader feeds remove URL`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a source and its articles.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The source's URL.")
        var url: String

        func run() async throws {
            try await reportingErrors {
                guard try await options.openLibrary().store.removeSource(url: url) else {
                    throw StoreError.sourceNotFound(url)
                }
                print("Removed \(url)")
            }
        }
    }
}

/// One line about a source, for `feeds list` and `status`.
enum SourceLine {
    static func describe(_ source: Source) -> String {
        var parts = [source.url, source.kind.map { $0 == .feed ? "feed" : "sync endpoint" } ?? "not synced yet"]
        if let title = source.title { parts.append("\"\(title)\"") }
        if source.hasToken { parts.append("token set") }
        if let synced = source.lastSyncedAt { parts.append("last sync \(RFC3339.string(from: synced))") }
        if let error = source.lastError { parts.append("last error: \(error)") }
        return parts.joined(separator: " · ")
    }
}
