import Foundation
import Testing

extension EndToEnd {
    /// Issue 2: RSS, Atom and JSON Feed sources served by the reference server's `/feeds`.
    @Suite("Issue 2: feeds", .needsReferenceServer)
    struct FeedSyncTests {
        static let formats = ["rss", "atom", "jsonfeed"]

        /// A device that synced one format's seeds feed from a server of its own.
        struct SyncedFeed {
            let sandbox: Sandbox
            let server: ServerProcess
            let device: ReaderProcess
            /// The served path, under `--feeds`.
            let path: String
            /// The feed's URL.
            let url: String
        }

        /// Serves `<format>/seeds.*` and syncs it once on a fresh device that
        /// syncs through `transport`.
        static func syncedSeeds(_ format: String, transport: Transport = .curl) async throws -> SyncedFeed {
            let sandbox = try Sandbox()
            let fixture = try Sandbox.fixture("seeds", format: format)
            let path = fixture
            try sandbox.serve(fixture: fixture, as: path)
            let server = try await ServerProcess(["--feeds", sandbox.feeds.path])
            let device = try sandbox.device(transport: transport)
            let url = server.feed(path)
            try await device.succeed(["sync", "--endpoint", url])
            return SyncedFeed(sandbox: sandbox, server: server, device: device, path: path, url: url)
        }

        @Test("list --province keeps Yunnan and Liaoning apart, under every spelling", arguments: formats)
        func provinceFilter(format: String) async throws {
            let feed = try await Self.syncedSeeds(format)
            let all = try await feed.device.articles()
            let yunnan = try #require(all.first { $0.title.contains("Yunnan") })
            let liaoning = try #require(all.first { $0.title.contains("Liaoning") })

            let yunnanIDs = try await feed.device.ids(["--province", "Yunnan"])
            #expect(yunnanIDs.contains(yunnan.id))
            #expect(!yunnanIDs.contains(liaoning.id))
            let liaoningIDs = try await feed.device.ids(["--province", "Liaoning"])
            #expect(liaoningIDs.contains(liaoning.id))
            #expect(!liaoningIDs.contains(yunnan.id))

            for spelling in ["yunnan", "Yunnan Province", "云南", "云南省"] {
                #expect(try await feed.device.ids(["--province", spelling]) == yunnanIDs, "--province \(spelling)")
            }

            let atlantis = try await feed.device.run(["list", "--province", "Atlantis"])
            #expect(atlantis.status != 0, "\(atlantis)")
            #expect(atlantis.stderr.contains("Atlantis"), "\(atlantis)")
            #expect(atlantis.stdout.isEmpty, "\(atlantis)")
        }

        @Test("a second sync says not modified and writes no article", arguments: Transport.allCases, formats)
        func secondSyncIsNotModified(transport: Transport, format: String) async throws {
            let feed = try await Self.syncedSeeds(format, transport: transport)
            let before = try await feed.device.articles()
            #expect(before.count == 2)

            let again = try await feed.device.succeed(["sync"])
            #expect(try again.summary(for: feed.url).notModified, "\(again)")

            let after = try await feed.device.articles()
            #expect(after == before)
            #expect(after.map(\.updated) == before.map(\.updated))
        }

        @Test(
            "a changed feed syncs as exactly 1 new and 1 updated, and show prints the new title",
            arguments: Transport.allCases, formats)
        func changedFeed(transport: Transport, format: String) async throws {
            let feed = try await Self.syncedSeeds(format, transport: transport)
            let before = try await feed.device.articles()
            try feed.sandbox.serve(fixture: try Sandbox.fixture("seeds-v2", format: format), as: feed.path)

            let sync = try await feed.device.succeed(["sync"])
            let summary = try sync.summary(for: feed.url)
            #expect(summary.new == 1, "\(sync)")
            #expect(summary.updated == 1, "\(sync)")
            #expect(!summary.notModified)

            let after = try await feed.device.articles()
            let beforeByID = Dictionary(uniqueKeysWithValues: before.map { ($0.id, $0) })
            #expect(after.filter { beforeByID[$0.id] == nil }.count == 1)
            let retitled = after.filter { article in beforeByID[article.id].map { $0.title != article.title } ?? false }
            let changed = try #require(retitled.first)
            #expect(retitled.count == 1)
            #expect(changed.title == "IP Publicity Week Events Launched Across Yunnan Province")

            let show = try await feed.device.succeed(["show", changed.id])
            #expect(show.stdout.split(separator: "\n").first.map(String.init) == changed.title, "\(show)")
        }

        /// Ways a feed that synced before can break.
        enum Breakage: String, CaseIterable, CustomTestStringConvertible {
            case truncated, htmlPage, notFound, connectionRefused
            var testDescription: String { rawValue }
        }

        @Test("a broken feed fails the sync with one line naming it, and keeps every cached article",
            arguments: Transport.allCases, Breakage.allCases)
        func brokenFeed(transport: Transport, breakage: Breakage) async throws {
            let sandbox = try Sandbox()
            try sandbox.serve(fixture: try Sandbox.fixture("seeds", format: "rss"), as: "breaking/seeds.xml")
            try sandbox.serve(fixture: try Sandbox.fixture("seeds", format: "atom"), as: "healthy/seeds.xml")
            let breakingServer = try await ServerProcess(["--feeds", sandbox.feeds.path])
            let healthyServer = try await ServerProcess(["--feeds", sandbox.feeds.path])
            let breaking = breakingServer.feed("breaking/seeds.xml")
            let healthy = healthyServer.feed("healthy/seeds.xml")
            let device = try sandbox.device(transport: transport)
            try await device.succeed(["sync", "--endpoint", breaking])
            try await device.succeed(["sync", "--endpoint", healthy])
            let before = try await device.articles()
            #expect(before.count == 4)

            switch breakage {
            case .truncated: try sandbox.serve(fixture: "malformed/truncated.xml", as: "breaking/seeds.xml")
            case .htmlPage: try sandbox.serve(fixture: "malformed/not-a-feed.html", as: "breaking/seeds.xml")
            case .notFound: try sandbox.withdraw("breaking/seeds.xml")
            case .connectionRefused: await breakingServer.stop()
            }

            let all = try await device.run(["sync"])
            #expect(all.status != 0, "\(all)")
            #expect(all.stderrLines.count == 1, "\(all)")
            #expect(all.stderrLines.first?.hasPrefix("reader: ") == true, "\(all)")
            #expect(all.stderrLines.first?.contains(breaking) == true, "\(all)")
            #expect(SyncSummaryLine(in: all.stdout, source: healthy) != nil, "the healthy source still syncs: \(all)")

            let one = try await device.run(["sync", "--endpoint", breaking])
            #expect(one.status != 0, "\(one)")
            #expect(one.stderrLines.count == 1, "\(one)")
            #expect(one.stderrLines.first?.contains(breaking) == true, "\(one)")

            #expect(try await device.articles() == before)
        }

        @Test("a GBK feed gives the right Chinese titles, found by Chinese search; English search finds English")
        func gbkFeed() async throws {
            let sandbox = try Sandbox()
            try sandbox.serve(fixture: "rss/seeds.xml", as: "en/seeds.xml")
            try sandbox.serve(fixture: "rss/gbk-chinese.xml", as: "zh/gbk-chinese.xml")
            let server = try await ServerProcess(["--feeds", sandbox.feeds.path])
            let device = try sandbox.device()
            try await device.succeed(["sync", "--endpoint", server.feed("en/seeds.xml")])
            let english = Set(try await device.ids())
            try await device.succeed(["sync", "--endpoint", server.feed("zh/gbk-chinese.xml")])
            let chinese = try await device.articles().filter { !english.contains($0.id) }

            #expect(
                Set(chinese.map(\.title)) == ["云南省2020年知识产权宣传周活动全面启动", "广东省发布2019年专利统计数据"])
            #expect(chinese.allSatisfy { !($0.summary ?? "").contains("\u{FFFD}") })

            let ipFound = Set(try await device.ids(["--search", "知识产权"]))
            #expect(ipFound == Set(chinese.map(\.id)))

            let patentFound = try await device.ids(["--search", "patent"])
            #expect(!patentFound.isEmpty)
            #expect(patentFound.allSatisfy(english.contains))
        }

        @Test("a sync queues what it stores for the index; status counts the queue, and the next search indexes it")
        func searchQueue() async throws {
            struct QueueStatus: Decodable {
                let articles: Int
                let queued_for_search: Int
            }
            let feed = try await Self.syncedSeeds("rss")
            let before = try await feed.device.succeed(["status", "--json"]).json(QueueStatus.self)
            #expect(before.articles == 2 && before.queued_for_search == 2)
            #expect(try await feed.device.succeed(["status"]).stdout.contains("Search:     2 articles waiting for the index"))

            #expect(try await feed.device.ids(["--search", "patent"]).count == 2)
            let after = try await feed.device.succeed(["status", "--json"]).json(QueueStatus.self)
            #expect(after.queued_for_search == 0)
            #expect(try await !feed.device.succeed(["status"]).stdout.contains("Search:"))
        }

        @Test("list --json parses and every article has every field", arguments: formats)
        func listJSONFields(format: String) async throws {
            let feed = try await Self.syncedSeeds(format)
            let list = try await feed.device.succeed(["list", "--json"])
            let parsed = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8))
            let objects = try #require(parsed as? [[String: Any]], "\(list)")
            #expect(objects.count == 2)
            let fields: Set<String> = [
                "id", "title", "url", "published", "updated", "provinces", "read", "bookmarked", "source", "summary",
                "author", "language", "tags",
            ]
            for object in objects {
                let missing = fields.subtracting(object.keys)
                #expect(missing.isEmpty, "missing \(missing.sorted()) in \(object)")
                #expect((object["id"] as? String)?.wholeMatch(of: /[0-9a-f]{16}/) != nil)
                #expect((object["title"] as? String)?.isEmpty == false)
                #expect((object["provinces"] as? [String])?.isEmpty == false)
                #expect(object["read"] as? Bool == false)
                #expect(object["bookmarked"] as? Bool == false)
                #expect(object["tags"] is [String])
                #expect(object["source"] is Int)
            }
            let typed = try list.json([ListedArticle].self)
            #expect(typed.allSatisfy { $0.updatedMilliseconds != nil && $0.published.hasPrefix("2020-04-") })
        }
    }
}
