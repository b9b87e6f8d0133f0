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
                let store = try options.openCacheForReading()
                let sources = try await store.sourceOverviews()
                let accounts = try await store.accounts()
                let names = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.name) })
                if json {
                    print(try JSONOutput.text(of: sources.map { SourceJSON($0, account: $0.source.accountID.flatMap { names[$0] }) }))
                    return
                }
                if sources.isEmpty { print("No sources yet: add one with `reader feeds add URL` or `reader feeds import FILE`.") }
                for overview in sources where overview.source.accountID == nil { print(SourceLine.describe(overview)) }
                for account in accounts {
                    let subscriptions = sources.filter { $0.source.accountID == account.id }
                    print("Account \(account.name) (\(account.url), user \(account.user)): "
                        + "\(subscriptions.count) subscription\(subscriptions.count == 1 ? "" : "s")")
                    for overview in subscriptions { print("  " + SourceLine.describe(overview)) }
                }
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

        @Option(help: "Subscribe the account of this name on its server instead (`reader accounts list`).")
        var account: String?

        @Option(help: "With --account: the folder to file it in.")
        var folder: String?

        func validate() throws {
            try HTTPURLArgument.validate(url)
            if account != nil && token != nil { throw ValidationError("--token is for sync endpoints, not --account.") }
            if account == nil && folder != nil { throw ValidationError("--folder needs --account.") }
        }

        func run() async throws {
            try await reportingErrors {
                if let account {
                    let library = try options.openLibrary()
                    let found = try await AccountArgument.find(account, in: library.store)
                    let source = try await library.subscribe(account: found, to: url, folder: folder)
                    print("Subscribed \(found.name) to \(url) (\(source.streamID ?? source.url)); `reader sync` fetches its articles.")
                    return
                }
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
        static let configuration = CommandConfiguration(
            abstract: "Remove a source and its articles, but for its bookmarked ones.",
            discussion: """
                Bookmarked articles stay (listed and shown, never synced) unless --discard-bookmarks;                 adding the source again brings it back.
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The source's URL (with --account: its feed URL or number).")
        var url: String

        @Option(help: "Unsubscribe the account of this name on its server.")
        var account: String?

        @Flag(help: "Remove the bookmarked articles too.")
        var discardBookmarks = false

        func validate() throws {
            if account != nil && discardBookmarks {
                throw ValidationError("--discard-bookmarks is for a source of this device: unsubscribing an account removes its articles.")
            }
        }

        func run() async throws {
            try await reportingErrors {
                if let account {
                    let library = try options.openLibrary()
                    let found = try await AccountArgument.find(account, in: library.store)
                    let subscriptions = try await library.store.sources(of: found)
                    guard let source = subscriptions.first(where: { [$0.feedURL, $0.url, String($0.id)].contains(url) }) else {
                        throw StoreError.sourceNotFound(url)
                    }
                    try await library.unsubscribe(account: found, from: source)
                    print("Unsubscribed \(found.name) from \(source.feedURL ?? source.url)")
                    return
                }
                let library = try options.openLibrary()
                for account in try await library.store.accounts()
                where try await library.store.sources(of: account).contains(where: { $0.feedURL == url || $0.url == url }) {
                    throw SubscriptionOfAccount(url: url, account: account.name)
                }
                let removal = try await library.removeSource(url: url, discardingBookmarks: discardBookmarks)
                let removed = "\(List.grouped(removal.articlesRemoved)) article\(removal.articlesRemoved == 1 ? "" : "s")"
                let kept = removal.bookmarksKept
                print("Removed \(url) and \(removed)" + (kept == 0 ? "" : "; kept \(List.grouped(kept)) bookmarked article\(kept == 1 ? "" : "s")"))
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

/// A source named for removal that is an account's subscription: its
/// server would bring it back, so it is removed through the account.
struct SubscriptionOfAccount: Error, CustomStringConvertible {
    let url: String
    let account: String
    var description: String {
        "\(url) is a subscription of the account \(account); `reader feeds remove \(url) --account \(account)` unsubscribes it on the server"
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
            let document = try await options.openLibrary(mode: .readExisting).exportSubscriptions()
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
        var parts = [source.feedURL ?? source.url, kindName(source.kind)]
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

    private static func kindName(_ kind: SourceKind?) -> String {
        switch kind {
        case .feed: "feed"
        case .syncEndpoint: "sync endpoint"
        case .accountFeed: "subscription"
        case nil: "not synced yet"
        }
    }
}
