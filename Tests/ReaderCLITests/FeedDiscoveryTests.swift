import Foundation
import Testing

extension EndToEnd {
    /// Issue 11: feeds found from a web page, against the reference server's
    /// `/` (a page declaring its feeds with relative hrefs), `/about` (a page
    /// declaring none) and `/feed` (a fallback path redirecting to a feed).
    @Suite("Issue 11: feed discovery", .needsReferenceServer)
    struct FeedDiscoveryTests {
        /// One discovered feed as `feeds discover --json` prints it.
        struct Discovered: Decodable, Equatable {
            var url: String
            var title: String?
            var type: String
        }

        /// A server whose `--feeds` folder holds the Atom and RSS seeds feeds, and a device.
        struct Site {
            /// Holds the served folder: it is removed when the sandbox goes.
            let sandbox: Sandbox
            let server: ServerProcess
            let device: ReaderProcess

            init() async throws {
                sandbox = try Sandbox()
                try sandbox.serve(fixture: "atom/seeds.xml", as: "atom/seeds.xml")
                try sandbox.serve(fixture: "rss/seeds.xml", as: "rss/seeds.xml")
                server = try await ServerProcess(["--feeds", sandbox.feeds.path])
                device = try sandbox.device()
            }
        }

        @Test("feeds discover lists a page's declared feeds in document order, relative hrefs resolved")
        func discoverListsDeclaredFeeds() async throws {
            let site = try await Site()
            let (server, device) = (site.server, site.device)
            let listed = try await device.succeed(["feeds", "discover", server.origin + "/", "--json"]).json([Discovered].self)
            #expect(listed == [
                Discovered(url: server.feed("atom/seeds.xml"), title: "atom/seeds.xml", type: "atom"),
                Discovered(url: server.feed("rss/seeds.xml"), title: "rss/seeds.xml", type: "rss"),
            ])
            let lines = try await device.succeed(["feeds", "discover", server.origin + "/"])
            #expect(lines.stdout == """
                \(server.feed("atom/seeds.xml")) "atom/seeds.xml" (Atom)
                \(server.feed("rss/seeds.xml")) "rss/seeds.xml" (RSS)

                """)
            #expect(!FileManager.default.fileExists(atPath: device.database.path), "discover saves nothing, not even a cache")
        }

        @Test("sync --endpoint PAGE subscribes to the first feed under its own URL and names the other")
        func syncFromPage() async throws {
            let site = try await Site()
            let (server, device) = (site.server, site.device)
            let sync = try await device.succeed(["sync", "--endpoint", server.origin + "/"])
            let atom = server.feed("atom/seeds.xml")
            #expect(try sync.summary(for: atom).new == 2, "\(sync)")
            #expect(sync.stdout.contains(
                "  found on the web page \(server.origin); it also offers \(server.feed("rss/seeds.xml")) \"rss/seeds.xml\" (RSS)"),
                "\(sync)")
            #expect(try await device.sources().map(\.url) == [atom])
            #expect(try await device.articles().count == 2)
            let again = try await device.succeed(["sync"])
            #expect(try again.summary(for: atom).notModified, "the feed, not the page, is synced later: \(again)")
        }

        @Test("a page that declares no feed gets /feed tried, and feeds add saves what answers")
        func fallbackPath() async throws {
            let site = try await Site()
            let (server, device) = (site.server, site.device)
            let listed = try await device.succeed(["feeds", "discover", server.origin + "/about", "--json"]).json([Discovered].self)
            #expect(listed == [Discovered(url: server.origin + "/feed", title: "CNIPA News: Local IP Work", type: "atom")])

            let add = try await device.succeed(["feeds", "add", server.origin + "/about"])
            #expect(add.stdout == "Saved \(server.origin)/feed\n  found on the web page \(server.origin)/about\n", "\(add)")
            let sync = try await device.succeed(["sync"])
            #expect(try sync.summary(for: server.origin + "/feed").new == 2, "\(sync)")
            #expect(try await device.articles().count == 2)
        }

        @Test("a page with no feed anywhere: one clear line, exit 1, nothing saved")
        func noFeed() async throws {
            let sandbox = try Sandbox()
            try sandbox.serve(fixture: "malformed/not-a-feed.html", as: "site/index.html")
            let server = try await ServerProcess(["--feeds", sandbox.feeds.path])
            let device = try sandbox.device()
            let page = server.feed("site/index.html")
            let expected = "reader: no feed found at \(page): the page declares none and "
                + "/feed, /rss.xml, /atom.xml, /index.xml, /feed.json answered no feed"
            for arguments in [["sync", "--endpoint", page], ["feeds", "discover", page], ["feeds", "add", page]] {
                let run = try await device.run(arguments)
                #expect(run.status == 1, "\(run)")
                #expect(run.stderrLines == [expected], "\(run)")
            }
            #expect(try await device.sources().isEmpty)
        }
    }
}
