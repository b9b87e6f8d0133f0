import ArgumentParser
import Foundation
import ReaderCore

/// `reader feeds list | add URL | discover URL | remove URL | import | export`.
struct Feeds: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, add, remove, import or export saved sources.",
        subcommands: [ListSources.self, Add.self, Discover.self, Remove.self, Import.self, Export.self],
        defaultSubcommand: ListSources.self)

    /// `reader feeds list`.
    struct ListSources: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List saved sources with their folders and unread and total counts.")

        @OptionGroup var options: GlobalOptions

        @Flag(help: "Print a JSON array instead of lines.")
        var json = false

        func run() async throws {
            try await reportingErrors {
                let sources = try await options.openCacheForReading().sourceOverviews()
                if json {
                    print(try JSONOutput.text(of: sources.map { SourceJSON($0) }))
                    return
                }
                if sources.isEmpty { print("No sources yet: add one with `reader feeds add URL` or `reader feeds import FILE`.") }
                for overview in sources { print(SourceLine.describe(overview)) }
            }
        }
    }

    /// `reader feeds add URL`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save a feed or sync endpoint without syncing it.",
            discussion: """
                Fetches the URL once to see what it is: given a web page, saves the first feed it offers \
                (see `reader feeds discover`) and names the others.
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The feed, sync endpoint or web page URL.")
        var url: String

        @Option(help: "Bearer token for the endpoint (default: $READER_TOKEN). Stored, never printed.")
        var token: String?

        func validate() throws {
            try HTTPURLArgument.validate(url)
        }

        func run() async throws {
            try await reportingErrors {
                let subscription = try await options.openLibrary().subscribe(
                    to: url, token: token ?? GlobalOptions.environmentToken)
                print("Saved \(subscription.source.url)")
                if let line = DiscoveredFeedLine.foundOn(subscription.foundOnPage, others: subscription.otherFeeds) {
                    print(line)
                }
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

/// `reader feeds import FILE|URL`.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Subscribe to every feed of an OPML file or URL, with its title and folder.",
        discussion: "Feeds already saved are left alone; a malformed OPML document imports nothing.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "An OPML file, or an http(s) URL serving one.")
    var location: String

    func run() async throws {
        try await reportingErrors {
            let library = try options.openLibrary()
            let result: SubscriptionImport
            if HTTPURLArgument.isHTTP(location) {
                result = try await library.importSubscriptions(fromURL: location)
            } else {
                guard let data = FileManager.default.contents(atPath: location) else {
                    throw UnreadableFile(path: location)
                }
                result = try await library.importSubscriptions(opml: data)
            }
            print("Imported \(result.added.count) feed\(result.added.count == 1 ? "" : "s"), "
                + "\(result.duplicates) already saved, \(result.skipped.count) skipped.")
            for reason in result.skipped.prefix(10) { print("  skipped \(reason)") }
        }
    }
}

/// A file named on the command line that cannot be read.
struct UnreadableFile: Error, CustomStringConvertible {
    let path: String
    var description: String { "cannot read \(path): no such file, or not readable" }
}

/// `reader feeds export`.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the saved sources as OPML 2.0.")

    @OptionGroup var options: GlobalOptions

    @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        try await reportingErrors {
            let document = try await options.openLibrary().exportSubscriptions()
            if let output {
                try document.write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                FileHandle.standardOutput.write(document)
            }
        }
    }
}

/// One line about a source, for `feeds list` and `status`.
enum SourceLine {
    static func describe(_ overview: SourceOverview) -> String {
        let source = overview.source
        var parts = [source.url, source.kind.map { $0 == .feed ? "feed" : "sync endpoint" } ?? "not synced yet"]
        if let title = source.title { parts.append("\"\(title)\"") }
        if let homePage = source.homePageURL { parts.append(homePage) }
        if let folder = source.folder { parts.append("in \(folder)") }
        parts.append("\(overview.unread) unread of \(overview.articles)")
        if source.hasToken { parts.append("token set") }
        if let synced = source.lastSyncedAt { parts.append("last sync \(TimeFormat.local(synced))") }
        if let error = source.lastError { parts.append("last error: \(error)") }
        if source.consecutiveFailures > 0 {
            parts.append("\(source.consecutiveFailures) failure\(source.consecutiveFailures == 1 ? "" : "s") in a row")
        }
        if let deferral = source.deferral, deferral.holds(at: Date()) {
            let until = TimeFormat.local(deferral.until)
            switch deferral.reason {
            case .fresh: parts.append("fresh until \(until)")
            case .serverAskedToWait: parts.append("server asked to wait until \(until)")
            case .backingOff: parts.append("backing off until \(until)")
            }
        }
        return parts.joined(separator: " · ")
    }
}
