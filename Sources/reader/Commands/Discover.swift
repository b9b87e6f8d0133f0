import ArgumentParser
import Foundation
import ReaderCore

/// `reader feeds discover URL [--json]`.
struct Discover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the feeds a URL offers, without saving any.",
        discussion: """
            A feed or sync endpoint offers itself; a web page, the feeds its <link rel="alternate"> tags \
            declare, else those of /feed, /rss.xml, /atom.xml, /index.xml and /feed.json on its site.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "A web page, feed or sync endpoint URL.")
    var url: String

    @Option(help: "Bearer token for the URL (default: $READER_TOKEN). Never printed.")
    var token: String?

    @Flag(help: "Print a JSON array of {url, title, type} instead of lines.")
    var json = false

    func validate() throws {
        try HTTPURLArgument.validate(url)
    }

    func run() async throws {
        try await reportingErrors {
            // Discovery reads the web, not the cache: a library over an in-memory cache creates no file.
            let transport = try TransportSwitch.transport(
                connections: SyncScheduler.Options().maxConcurrentFetches,
                connectionsPerHost: SyncScheduler.Options().maxSourcesPerHost)
            let library = try ReaderLibrary.makeInMemory(transport: transport)
            let feeds = try await library.discoverFeeds(at: url, token: token ?? GlobalOptions.environmentToken)
            if json {
                print(try JSONOutput.text(of: feeds.map(DiscoveredFeedJSON.init)))
            } else {
                for feed in feeds { print(DiscoveredFeedLine.describe(feed)) }
            }
        }
    }
}
