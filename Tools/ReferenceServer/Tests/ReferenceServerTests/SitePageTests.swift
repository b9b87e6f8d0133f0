import Foundation
import Hummingbird
import HummingbirdTesting
import ReferenceServerCore
import Testing

@Suite("Web pages for feed discovery at /, /about and /feed")
struct SitePageTests {
    /// Serves a feed directory holding `files` (path → content), and runs `test`.
    private func withSite(
        _ files: [String: String], _ test: @Sendable @escaping (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { directory in
            let feeds = directory.appendingPathComponent("feeds")
            for (path, content) in files {
                let url = feeds.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            }
            try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
            try await withServer(configure: { configuration, _ in configuration.feedsDirectory = feeds.path }, test)
        }
    }

    static let files = [
        "rss/seeds.xml": #"<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>"#,
        "atom.xml": #"<feed xmlns="http://www.w3.org/2005/Atom"></feed>"#,
        "b/feed.json": #"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#,
        "page.html": "<html></html>",
        "notes.txt": "not a feed",
        ".hidden.xml": #"<rss version="2.0"></rss>"#,
    ]

    @Test("the home page declares every feed file, in path order, with relative hrefs")
    func homeDeclaresFeeds() async throws {
        try await withSite(Self.files) { client in
            let home = try await client.get("/")
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            let links = home.text.split(separator: "\n").filter { $0.hasPrefix("<link") }
            #expect(links == [
                #"<link rel="alternate" type="application/atom+xml" title="atom.xml" href="feeds/atom.xml">"#,
                #"<link rel="alternate" type="application/feed+json" title="b/feed.json" href="feeds/b/feed.json">"#,
                #"<link rel="alternate" type="application/rss+xml" title="rss/seeds.xml" href="feeds/rss/seeds.xml">"#,
            ])
        }
    }

    @Test("/about declares no feed, and /feed redirects to the first feed file")
    func aboutAndFeed() async throws {
        try await withSite(Self.files) { client in
            let about = try await client.get("/about")
            #expect(about.status == .ok)
            #expect(about.text.hasPrefix("<!DOCTYPE html>"))
            #expect(!about.text.contains("application/"))
            let feed = try await client.get("/feed")
            #expect(feed.status == .found)
            #expect(feed.headers[.location] == "/feeds/atom.xml")
        }
    }

    @Test("/feed is 404 when the directory holds no feed")
    func noFeedToRedirectTo() async throws {
        try await withSite(["page.html": "<html></html>"]) { client in
            let feed = try await client.get("/feed")
            #expect(feed.status == .notFound)
            let home = try await client.get("/")
            #expect(home.status == .ok)
            #expect(home.text.hasPrefix("<!DOCTYPE html>"))
            #expect(!home.text.contains("<link"))
        }
    }
}
