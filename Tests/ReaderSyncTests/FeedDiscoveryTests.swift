import Foundation
import ReaderCore
import ReaderTestSupport
import Testing

extension String {
    /// Nil for "".
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}

@Suite struct FeedDiscoveryTests {
    static let rss = Data("""
        <?xml version="1.0"?><rss version="2.0"><channel><title>Seeds</title><link>http://site.example/</link>
        <item><guid>1</guid><title>Yunnan patents</title><link>http://site.example/1</link></item></channel></rss>
        """.utf8)
    static let atom = Data("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom seeds</title><id>urn:x</id><updated>2025-01-01T00:00:00Z</updated>
        <entry><id>urn:1</id><title>One</title><updated>2025-01-01T00:00:00Z</updated></entry></feed>
        """.utf8)
    static let pageWithLinks = Data("""
        <!DOCTYPE html><html><head>
        <link rel="alternate" type="application/rss+xml" title="Seeds" href="feeds/seeds.xml">
        <link rel="alternate" type="application/atom+xml" href="/feeds/atom.xml">
        </head><body></body></html>
        """.utf8)
    static let pageWithout = Data("<!DOCTYPE html><html><head><title>Blog</title></head><body>hi</body></html>".utf8)

    /// A site: `/` redirects to `/home/` (a page with links), `/blog/post` is a page without,
    /// `/rss.xml` and `/blog/feed` are feeds, `/bare/` is a page on a site whose paths all 404.
    static func site() -> ScriptedTransport {
        ScriptedTransport { request, _ in
            let path = String(request.url.dropFirst("http://site.example".count)).nonEmpty ?? "/"
            let answer: (Int, Data, String) =
                switch path {
                case "/": (200, pageWithLinks, "http://site.example/home/")
                case "/home/feeds/seeds.xml", "/rss.xml": (200, rss, request.url)
                case "/feeds/atom.xml", "/blog/feed": (200, atom, request.url)
                case "/blog/post", "/bare/": (200, pageWithout, request.url)
                case "/index.xml": (200, pageWithout, request.url)  // a 200 that is no feed
                default: (404, Data(), request.url)
                }
            return .success(HTTPResponse(status: answer.0, body: answer.1, url: answer.2))
        }
    }

    /// A library over ``site()``, and the transport that records its requests.
    static func siteLibrary() throws -> (ReaderLibrary, ScriptedTransport) {
        let transport = site()
        return (try ReaderLibrary.makeInMemory(transport: transport, policy: quickRetries), transport)
    }

    @Test("a page's declared feeds, relative hrefs resolved against the page after redirects")
    func declaredFeeds() async throws {
        let (library, transport) = try Self.siteLibrary()
        let feeds = try await library.discoverFeeds(at: "http://site.example/")
        #expect(feeds == [
            DiscoveredFeed(url: "http://site.example/home/feeds/seeds.xml", title: "Seeds", kind: .feed, format: .rss),
            DiscoveredFeed(url: "http://site.example/feeds/atom.xml", title: nil, kind: .feed, format: .atom),
        ])
        #expect(await transport.requests.count == 1, "declared feeds are not fetched")
    }

    @Test("a page that declares none: the usual paths at the root, then beside the page, that answer with a feed")
    func fallbackPaths() async throws {
        let (library, transport) = try Self.siteLibrary()
        let feeds = try await library.discoverFeeds(at: "http://site.example/blog/post")
        #expect(feeds == [
            DiscoveredFeed(url: "http://site.example/rss.xml", title: "Seeds", kind: .feed, format: .rss),
            DiscoveredFeed(url: "http://site.example/blog/feed", title: "Atom seeds", kind: .feed, format: .atom),
        ])
        #expect(await transport.requests.map(\.url) == ["http://site.example/blog/post"] + [
            "feed", "rss.xml", "atom.xml", "index.xml", "feed.json",
            "blog/feed", "blog/rss.xml", "blog/atom.xml", "blog/index.xml", "blog/feed.json",
        ].map { "http://site.example/" + $0 })
    }

    @Test("a page with no feed anywhere is one clear error")
    func noFeed() async throws {
        let library = try ReaderLibrary.makeInMemory(
            transport: ScriptedTransport { request, _ in
                .success(HTTPResponse(status: request.url.hasSuffix("/bare/") ? 200 : 404, body: Self.pageWithout, url: request.url))
            }, policy: quickRetries)
        await #expect(throws: SyncError.noFeedFound(
            source: "http://site.example/bare/", tried: ["/feed", "/rss.xml", "/atom.xml", "/index.xml", "/feed.json"])) {
            _ = try await library.discoverFeeds(at: "http://site.example/bare/")
        }
        #expect(SyncError.noFeedFound(source: "http://x.example/", tried: ["/feed", "/rss.xml"]).description
            == "no feed found at http://x.example/: the page declares none and /feed, /rss.xml answered no feed")
    }

    @Test("a feed URL is itself, with its title and format")
    func feedItself() async throws {
        let (library, _) = try Self.siteLibrary()
        #expect(try await library.discoverFeeds(at: "http://site.example/rss.xml") == [
            DiscoveredFeed(url: "http://site.example/rss.xml", title: "Seeds", kind: .feed, format: .rss)
        ])
    }

    @Test("addSourceAndSync given a page stores the first feed under its own URL, and forgets the page")
    func syncFromPage() async throws {
        let (library, _) = try Self.siteLibrary()
        let report = try await library.addSourceAndSync(url: "http://site.example/")
        #expect(report.sourceURL == "http://site.example/home/feeds/seeds.xml")
        #expect(report.articles.new == 1)
        #expect(report.foundOnPage == "http://site.example", "the page's URL as sources are stored: no trailing /")
        #expect(report.otherFeeds.map(\.url) == ["http://site.example/feeds/atom.xml"])
        #expect(try await library.store.sources().map(\.url) == ["http://site.example/home/feeds/seeds.xml"])
        #expect(try await library.store.articles(ArticleQuery()).map(\.article.title) == ["Yunnan patents"])
    }

    @Test("subscribe given a page saves the first feed; given a feed, the feed")
    func subscribe() async throws {
        let (library, _) = try Self.siteLibrary()
        let fromPage = try await library.subscribe(to: "http://site.example/blog/post")
        #expect(fromPage.source.url == "http://site.example/rss.xml")
        #expect(fromPage.foundOnPage == "http://site.example/blog/post")
        #expect(fromPage.otherFeeds.map(\.url) == ["http://site.example/blog/feed"])
        let direct = try await library.subscribe(to: "http://site.example/feeds/atom.xml")
        #expect(direct.source.url == "http://site.example/feeds/atom.xml")
        #expect(direct.foundOnPage == nil && direct.otherFeeds.isEmpty)
        #expect(try await library.store.sources().map(\.url) == ["http://site.example/rss.xml", "http://site.example/feeds/atom.xml"])
    }
}
