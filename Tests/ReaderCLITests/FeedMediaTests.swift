import Foundation
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 11: relative links resolved, images, enclosures and feed details,
    /// through `reader sync` and the JSON the CLI prints.
    @Suite("Issue 11: links, images and enclosures")
    struct FeedMediaTests {
        /// `/old/feed.xml` redirects to `/blog/2025/feed.xml`, an Atom feed of
        /// relative links; `/podcast.xml` and `/json/feed.json` are the
        /// podcast and JSON Feed fixtures.
        static func route(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
            func fixture(_ name: String, type: String) -> LoopbackHTTPServer.Reply {
                guard let body = try? Fixtures.data("feeds/links/" + name) else { return .response(status: 500) }
                return .response(status: 200, headers: ["Content-Type": type], body: body)
            }
            switch request.path {
            case "/old/feed.xml": return .response(status: 301, headers: ["Location": "/blog/2025/feed.xml"])
            case "/blog/2025/feed.xml": return fixture("atom-document-url.xml", type: "application/atom+xml")
            case "/podcast.xml": return fixture("podcast.xml", type: "application/rss+xml")
            case "/json/feed.json": return fixture("jsonfeed.json", type: "application/feed+json")
            default: return .response(status: 404)
            }
        }

        @Test("list/show --json carry absolute urls (against the URL after a redirect), image and enclosures; feeds list shows title and home page")
        func mediaAndLinks() async throws {
            let server = try LoopbackHTTPServer(route: Self.route)
            defer { server.stop() }
            let device = try Sandbox().device()
            for path in ["/old/feed.xml", "/podcast.xml", "/json/feed.json"] {
                try await device.succeed(["sync", "--endpoint", server.url(path)])
            }
            let articles = try await device.articles()

            let qemu = try #require(articles.first { $0.title == "QEMU version 10.1.0 released" })
            #expect(qemu.url == server.url("/2025/08/26/qemu-10-1-0/"))
            #expect(qemu.image == server.url("/screenshots/10.1.png"))
            #expect(qemu.enclosures == [])
            let shown = try await device.succeed(["show", qemu.id, "--json"]).json(ListedArticle.self)
            #expect(shown.image == qemu.image)
            #expect(
                shown.contentHTML
                    == #"<p>Get it from the <a href="\#(server.url("/blog/2025/download/"))">download page</a>.</p>"#
                    + #"<img src="\#(server.url("/screenshots/10.1.png"))" alt="">"#)

            let episode = try #require(articles.first { $0.title == "Episode 2: Utility models" })
            #expect(episode.url == "https://pod.example.com/show/episodes/2")
            #expect(episode.image == "https://pod.example.com/show/art/ep2.jpg")
            #expect(
                episode.enclosures == [
                    ListedEnclosure(
                        url: "https://pod.example.com/show/media/ep2.mp3", type: "audio/mpeg", length: 48_213_011,
                        duration: 3723)
                ])
            let firstEpisode = try #require(articles.first { $0.title == "Episode 1: Hello" })
            #expect(firstEpisode.url == nil)
            #expect(try await device.succeed(["show", episode.id, "--json"]).json(ListedArticle.self).enclosures == episode.enclosures)

            let json = try #require(articles.first { $0.title == "Banner only, with attachments" })
            #expect(json.image == server.url("/images/2-banner.png"))
            #expect(
                json.enclosures == [
                    ListedEnclosure(url: server.url("/audio/2.mp3"), type: "audio/mpeg", length: 1_234_567, duration: 1800),
                    ListedEnclosure(url: "https://json.example.org/audio/2.ogg", type: "audio/ogg"),
                ])

            let sources = try await device.sources()
            let atom = try #require(sources.first { $0.url == server.url("/old/feed.xml") })
            #expect(atom.title == "QEMU")
            #expect(atom.homePage == server.url("/"))
            let podcast = try #require(sources.first { $0.url == server.url("/podcast.xml") })
            #expect(podcast.description == "A weekly show about patents.")
            #expect(podcast.language == "en-us")
            #expect(podcast.logo == "https://pod.example.com/show/art/cover-3000.jpg")
            #expect(podcast.icon == nil)
            let jsonFeed = try #require(sources.first { $0.url == server.url("/json/feed.json") })
            #expect(jsonFeed.homePage == server.url("/"))
            #expect(jsonFeed.icon == "https://json.example.org/favicon-64.png")
            #expect(jsonFeed.logo == server.url("/icon-512.png"))

            let lines = try await device.succeed(["feeds", "list"]).stdout
            let atomLine = try #require(lines.split(separator: "\n").first { $0.hasPrefix(server.url("/old/feed.xml")) })
            #expect(atomLine.contains("\"QEMU\" · \(server.url("/")) · "), "\(atomLine)")
            let podcastLine = try #require(lines.split(separator: "\n").first { $0.hasPrefix(server.url("/podcast.xml")) })
            #expect(podcastLine.contains("\"Patent Talk\" · https://pod.example.com/ · "), "\(podcastLine)")
        }
    }
}
