import Foundation
import Hummingbird
import Logging
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Feed files imported into the Sync API")
struct FeedImportTests {
    private static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Provincial IP news</title><link>https://ip.example/</link>
        <item><title>Yunnan IP Publicity Week</title><link>https://ip.example/1</link><guid>ip-1</guid>
        <pubDate>Mon, 20 Apr 2020 08:00:00 GMT</pubDate><category>Yunnan</category><category>patent</category>
        <description>Events across the province.</description></item>
        <item><title>专利质押融资创新高</title><link>https://ip.example/2</link><guid>ip-2</guid>
        <pubDate>Tue, 21 Apr 2020 08:00:00 GMT</pubDate><category>广东</category>
        <description>融资金额再创新高。</description></item>
        <item><title>Launching Ceremony of IP Publicity Week 2020 Held</title><link>https://ip.example/3</link>
        <guid>ip-3</guid><pubDate>Wed, 22 Apr 2020 08:00:00 GMT</pubDate>
        <description>The ceremony of Liaoning Province and Shenyang City was held at NETRM.</description></item>
        </channel></rss>
        """

    @Test("items keep their ids; province categories become provinces, else the text is tagged")
    func importsFeedFiles() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("provincial.xml").path
            try Data(Self.rss.utf8).write(to: URL(fileURLWithPath: path))
            let database = directory.appendingPathComponent("import.sqlite").path
            let configure: (inout ServerConfiguration, URL) -> Void = { configuration, _ in
                configuration.importPaths = [path]
                configuration.databasePath = database
            }
            let cursor = try await withServer(configure: configure) { client in
                var stream = ReplayedStream()
                try await client.pullArticles(into: &stream)
                #expect(stream.articles.count == 3)
                let yunnan = try #require(stream.articles["ip-1"])
                #expect(yunnan.provinces == ["Yunnan"])
                #expect(yunnan.tags == ["patent"])
                #expect(yunnan.url == "https://ip.example/1")
                #expect(yunnan.published == Date(timeIntervalSince1970: 1_587_369_600))
                #expect(stream.articles["ip-2"]?.provinces == ["Guangdong"])
                #expect(stream.articles["ip-3"]?.provinces == ["Liaoning"])
                return try #require(stream.cursor)
            }
            // Restarting on the same database with the same import changes nothing.
            try await withServer(configure: configure) { client in
                let page = try await client.get("/api/v1/articles?cursor=\(cursor)")
                    .decoded(as: SyncWire.ArticlePage.self)
                #expect(page.articles.isEmpty && page.deleted.isEmpty)
            }
        }
    }

    @Test("a file that is not a feed stops the server from starting")
    func badImportFails() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("page.html").path
            try Data("<html><body>not a feed</body></html>".utf8).write(to: URL(fileURLWithPath: path))
            var configuration = ServerConfiguration(
                databasePath: directory.appendingPathComponent("x.sqlite").path, importPaths: [path])
            configuration.logLevel = .critical
            await #expect(throws: ServerSetupError.self) {
                _ = try await buildApplication(configuration: configuration)
            }
        }
    }
}
