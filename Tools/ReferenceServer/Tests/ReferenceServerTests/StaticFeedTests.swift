import CorpusGenerator
import Foundation
import Hummingbird
import HummingbirdTesting
import ReferenceServerCore
import Testing

@Suite("Static feeds under /feeds")
struct StaticFeedTests {
    /// A feed directory with one corpus document per format, and the same RSS
    /// under a name that carries a charset.
    private static func makeFeeds(in directory: URL) throws -> URL {
        let feeds = directory.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(
            at: feeds.appendingPathComponent("rss"), withIntermediateDirectories: true)
        for (name, format) in [("rss/seeds.xml", CorpusFormat.rss), ("atom.xml", .atom), ("feed.json", .json)] {
            let path = feeds.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try CorpusWriter(corpus: CorpusGenerator(count: 20, seed: 5), format: format).write(to: handle)
            try handle.close()
        }
        try FileManager.default.copyItem(
            at: feeds.appendingPathComponent("rss/seeds.xml"), to: feeds.appendingPathComponent("news.gb2312.xml"))
        try FileManager.default.copyItem(
            at: feeds.appendingPathComponent("atom.xml"), to: feeds.appendingPathComponent("mislabelled.xml"))
        try Data("text/html; charset=utf-8\n".utf8).write(to: feeds.appendingPathComponent("mislabelled.xml.content-type"))
        return feeds
    }

    private func withFeeds<T: Sendable>(
        _ test: @Sendable (any TestClientProtocol, URL) async throws -> T
    ) async throws -> T {
        try await withTemporaryDirectory { directory in
            let feeds = try Self.makeFeeds(in: directory)
            return try await withServer(configure: { configuration, _ in configuration.feedsDirectory = feeds.path }) {
                try await test($0, feeds)
            }
        }
    }

    @Test("files are served with their content type, ETag and Last-Modified")
    func servesFiles() async throws {
        try await withFeeds { client, feeds in
            let expectations = [
                ("/feeds/rss/seeds.xml", "application/rss+xml"),
                ("/feeds/atom.xml", "application/atom+xml"),
                ("/feeds/feed.json", "application/feed+json"),
                ("/feeds/news.gb2312.xml", "application/rss+xml; charset=gb2312"),
                ("/feeds/mislabelled.xml", "text/html; charset=utf-8"),
            ]
            for (uri, contentType) in expectations {
                let response = try await client.get(uri)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == contentType, "\(uri)")
                #expect(response.headers[.eTag]?.hasPrefix("\"") == true)
                #expect(response.headers[.lastModified]?.hasSuffix(" GMT") == true)
            }
            let rss = try await client.get("/feeds/rss/seeds.xml")
            let file = try Data(contentsOf: feeds.appendingPathComponent("rss/seeds.xml"))
            #expect(Data(rss.body.readableBytesView) == file)
        }
    }

    @Test("a matching If-None-Match or If-Modified-Since answers 304; a changed file a new ETag")
    func conditionalGet() async throws {
        try await withFeeds { client, feeds in
            let first = try await client.get("/feeds/rss/seeds.xml")
            let tag = try #require(first.headers[.eTag])
            let lastModified = try #require(first.headers[.lastModified])
            for headers: HTTPFields in [
                [.ifNoneMatch: tag], [.ifNoneMatch: "W/\(tag)"], [.ifNoneMatch: "\"other\", \(tag)"],
                [.ifNoneMatch: "*"], [.ifModifiedSince: lastModified],
            ] {
                let response = try await client.get("/feeds/rss/seeds.xml", headers: headers)
                #expect(response.status == .notModified, "\(headers)")
                #expect(response.headers[.eTag] == tag)
            }
            let stale = try await client.get(
                "/feeds/rss/seeds.xml",
                headers: [.ifNoneMatch: "\"other\"", .ifModifiedSince: lastModified])
            #expect(stale.status == .ok)
            let older = try await client.get(
                "/feeds/rss/seeds.xml", headers: [.ifModifiedSince: "Mon, 20 Apr 2020 08:00:00 GMT"])
            #expect(older.status == .ok)

            let path = feeds.appendingPathComponent("rss/seeds.xml")
            var text = try String(contentsOf: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "</channel>", with: "<!-- changed --></channel>")
            try Data(text.utf8).write(to: path)
            let changed = try await client.get("/feeds/rss/seeds.xml", headers: [.ifNoneMatch: tag])
            #expect(changed.status == .ok)
            #expect(changed.headers[.eTag] != tag)
            #expect(changed.text.contains("<!-- changed -->"))
        }
    }

    @Test("gzip when accepted, with its own ETag that still revalidates")
    func gzipFeeds() async throws {
        try await withFeeds { client, _ in
            let plain = try await client.get("/feeds/feed.json")
            let zipped = try await client.get("/feeds/feed.json", headers: [.acceptEncoding: "gzip"])
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(try gunzipped(zipped.body) == plain.body)
            let zippedTag = try #require(zipped.headers[.eTag])
            #expect(zippedTag != plain.headers[.eTag])
            let revalidated = try await client.get("/feeds/feed.json", headers: [.ifNoneMatch: zippedTag])
            #expect(revalidated.status == .notModified)
        }
    }

    @Test("missing files, the bare directory and escapes answer 404 JSON", arguments: [
        "/feeds/", "/feeds", "/feeds/missing.xml", "/feeds/rss", "/feeds/%2e%2e/server.sqlite",
        "/feeds/.hidden.xml", "/feeds/rss/%2E%2E/%2E%2E/server.sqlite",
    ])
    func notFound(uri: String) async throws {
        try await withFeeds { client, _ in
            let response = try await client.get(uri)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "not_found")
        }
    }
}
