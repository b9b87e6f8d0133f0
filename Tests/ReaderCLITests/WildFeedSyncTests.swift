import Foundation
import ReaderModels
import ReaderTestSupport
import Synchronization
import Testing

extension EndToEnd {
    /// Issue 11: feeds as they come in the wild (legacy encodings, Atom 0.3,
    /// broken XML, odd dates), through `reader sync` and `reader list --json`.
    @Suite("Issue 11: feeds in the wild")
    struct WildFeedSyncTests {
        /// What a loopback server answers for each path: a body with its
        /// `Content-Type` and `ETag`, changed by the test between syncs.
        final class ServedFeeds: Sendable {
            struct Document: Sendable {
                var body: Data
                var contentType: String
                var etag: String
            }

            private let documents = Mutex<[String: Document]>([:])

            /// Serves the fixture `Fixtures/feeds/<fixture>` (or `body`) at `path`.
            func serve(
                _ fixture: String? = nil, body: Data? = nil, at path: String,
                contentType: String = "application/rss+xml", etag: String = "\"v1\""
            ) throws {
                let data = try body ?? Fixtures.data("feeds/" + (fixture ?? ""))
                documents.withLock { $0[path] = Document(body: data, contentType: contentType, etag: etag) }
            }

            /// The answer to `request`: 304 when its `If-None-Match` is the current ETag.
            func reply(to request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
                guard let document = documents.withLock({ $0[request.path] }) else {
                    return .response(status: 404, headers: [:], body: Data())
                }
                if request.headers["if-none-match"] == document.etag {
                    return .response(status: 304, headers: ["ETag": document.etag], body: Data())
                }
                return .response(
                    status: 200, headers: ["Content-Type": document.contentType, "ETag": document.etag],
                    body: document.body)
            }
        }

        /// A server of `ServedFeeds` and a fresh device.
        struct Setup {
            let feeds = ServedFeeds()
            let server: LoopbackHTTPServer
            let sandbox: Sandbox
            let device: ReaderProcess

            init() throws {
                let feeds = feeds
                server = try LoopbackHTTPServer { feeds.reply(to: $0) }
                sandbox = try Sandbox()
                device = try sandbox.device()
            }

            /// Syncs the feed at `path`, which must succeed, and returns its run.
            @discardableResult
            func sync(_ path: String) async throws -> ReaderRun {
                try await device.succeed(["sync", "--endpoint", server.url(path)])
            }

            /// The cached articles of the feed at `path`, by URL.
            func articles(of path: String) async throws -> [String: ListedArticle] {
                let listed = try await device.articles(["--feed", server.url(path)])
                return Dictionary(listed.map { ($0.url ?? $0.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
        }

        static func date(_ rfc3339: String) -> Date? { RFC3339.date(from: rfc3339) }

        @Test("undeclared, header-only and mis-declared encodings store the right text")
        func encodings() async throws {
            let setup = try Setup()
            defer { setup.server.stop() }
            try setup.feeds.serve("wild/windows-1252-undeclared.xml", at: "/cp1252.xml", contentType: "text/xml")
            try setup.feeds.serve(
                "wild/iso-8859-1-undeclared.xml", at: "/latin1.xml", contentType: "text/xml; charset=ISO-8859-1")
            try setup.feeds.serve("wild/gb2312-undeclared.xml", at: "/gb2312.xml")
            try setup.feeds.serve(
                "wild/big5-header-only.xml", at: "/big5.xml", contentType: "application/rss+xml; charset=big5")
            try setup.feeds.serve("wild/utf8-declared-windows-1252.xml", at: "/misdeclared.xml")
            for path in ["/cp1252.xml", "/latin1.xml", "/gb2312.xml", "/big5.xml", "/misdeclared.xml"] {
                try await setup.sync(path)
            }

            let cp1252 = try await setup.articles(of: "/cp1252.xml")
            let plano = try #require(cp1252["https://diario-sul.example.com.br/economia/plano-safra"])
            #expect(plano.title == "\u{201C}Plano Safra\u{201D} terá R$ 400 bilhões, diz ministério")
            #expect(
                plano.summary
                    == "O governo anunciou o \u{2018}maior plano da história\u{2019} \u{2014} com juros menores\u{2026} e \u{20AC}20 milhões de fundos europeus.")
            #expect(plano.language == "pt-br")
            #expect(cp1252["https://diario-sul.example.com.br/tempo/previsao"]?.title == "Últimas Notícias: previsão do tempo")

            let latin1 = try await setup.articles(of: "/latin1.xml")
            #expect(latin1["https://cafe-sciences.example.fr/these"]?.title == "Ça coûte cher, la thèse")
            #expect(
                latin1["https://cafe-sciences.example.fr/etudes-superieures"]?.summary
                    == "Où étudier ? Un panorama des écoles, de Brest à Besançon.")

            let gb2312 = try await setup.articles(of: "/gb2312.xml")
            #expect(
                Set(gb2312.values.map(\.title)) == ["江苏省发布2025年上半年专利统计数据", "南京举办商标品牌培训班"])
            #expect(
                gb2312["http://jsip.example.gov.cn/art/2025/8/26/art_1.html"]?.summary
                    == "今年上半年，全省发明专利授权量同比增长，“专利转化运用专项行动”成效明显。")

            let big5 = try await setup.articles(of: "/big5.xml")
            #expect(big5["https://tipo.example.gov.tw/news/1001"]?.title == "智慧局公布專利申請統計")
            #expect(big5["https://tipo.example.gov.tw/news/1001"]?.summary == "發明專利申請案件數持續成長。")

            let misdeclared = try await setup.articles(of: "/misdeclared.xml")
            let brulee = try #require(misdeclared["https://kevins-kitchen.example.com/creme-brulee"])
            #expect(brulee.title == "\u{201C}Don\u{2019}t over-knead\u{201D} \u{2013} a crème brûlée story")
            #expect(brulee.summary == "It\u{2019}s the \u{2018}secret\u{2019} \u{2026} nobody tells you.")
        }

        @Test("an Atom 0.3 feed syncs with its links, escaped content and issued/modified dates")
        func atom03() async throws {
            let setup = try Setup()
            defer { setup.server.stop() }
            try setup.feeds.serve("wild/atom-0.3.xml", at: "/atom03.xml", contentType: "application/atom+xml")
            let run = try await setup.sync("/atom03.xml")
            #expect(SyncSummaryLine(in: run.stdout, source: setup.server.url("/atom03.xml"))?.new == 3, "\(run)")

            let articles = try await setup.articles(of: "/atom03.xml")
            let moving = try #require(articles["https://oldblog.example.net/2025/08/new-host.html"])
            #expect(moving.title == "Moving to a new host")
            #expect(moving.summary == "The blog moves to a new host.")
            #expect(moving.author == "Marta Ruiz")
            #expect(moving.language == "en")
            #expect(Self.date(moving.published) == (try Date("2025-08-26T07:00:00Z", strategy: .iso8601)))
            #expect(Self.date(moving.updated) == (try Date("2025-08-26T09:30:00Z", strategy: .iso8601)))
            let xhtml = try #require(articles["https://oldblog.example.net/2025/08/xhtml.html"])
            #expect(Self.date(xhtml.published) == (try Date("2025-08-20T08:00:00Z", strategy: .iso8601)))
            #expect(articles["https://oldblog.example.net/2025/08/base64.html"]?.summary == "Notes from the base64 era.")

            let show = try await setup.device.succeed(["show", moving.id])
            #expect(show.stdout.contains("The blog moves to a new host."), "\(show)")
        }

        @Test("a bare & and undeclared entities are repaired: every item stored, nothing damaged")
        func repairedXML() async throws {
            let setup = try Setup()
            defer { setup.server.stop() }
            try setup.feeds.serve("wild/bare-ampersand.xml", at: "/ampersand.xml")
            try setup.feeds.serve("wild/undeclared-entity.xml", at: "/entities.xml")
            let ampersand = try await setup.sync("/ampersand.xml")
            #expect(!ampersand.stdout.contains("damaged"), "\(ampersand)")
            try await setup.sync("/entities.xml")

            let town = try await setup.articles(of: "/ampersand.xml")
            #expect(town.count == 2)
            let budget = try #require(town["https://townhall.example.gov/news.php?id=17&page=2"])
            #expect(budget.title == "Budget Q & A session")
            #expect(budget.summary == "Residents' questions & the mayor's answers; parking & transport.")
            let cafe = try await setup.articles(of: "/entities.xml")
            #expect(
                cafe["https://cafe-culture.example.com/espresso-or-filter"]?.title
                    == "Espresso or filter? \u{201C}Both\u{201D}")
            #expect(cafe["https://cafe-culture.example.com/search?q=latte&sort=new"]?.title == "Latte\u{2026} art")
        }

        @Test("a document cut mid-item after a good one: complete items stored, nothing cached lost, fetched again")
        func damagedAfterGood() async throws {
            let setup = try Setup()
            defer { setup.server.stop() }
            let cut = try Fixtures.data("feeds/wild/cut-mid-item.xml")
            let whole = cut + Data("ber.</description>\n    </item>\n  </channel>\n</rss>\n".utf8)
            try setup.feeds.serve(body: whole, at: "/harbour.xml", etag: "\"good\"")
            try await setup.sync("/harbour.xml")
            let before = try await setup.articles(of: "/harbour.xml")
            #expect(before.count == 3)
            let fish = try #require(before["https://harbour-gazette.example.org/fish-market"])
            #expect(fish.summary == "The market will open at the north quay from October.")

            // The next version adds an item at the top, and breaks off in the third.
            let newItem = """
                <item>
                      <title>Storm warning</title>
                      <link>https://harbour-gazette.example.org/storm</link>
                      <guid>hg-104</guid>
                      <pubDate>Wed, 27 Aug 2025 07:00:00 +0000</pubDate>
                    </item>
                    <item>
                """
            let text = String(decoding: cut, as: UTF8.self)
            let damaged = text.replacingOccurrences(of: "<item>", with: newItem, options: [], range: text.range(of: "<item>"))
            try setup.feeds.serve(body: Data(damaged.utf8), at: "/harbour.xml", etag: "\"damaged\"")
            let run = try await setup.sync("/harbour.xml")
            let url = setup.server.url("/harbour.xml")
            let summary = try #require(SyncSummaryLine(in: run.stdout, source: url), "\(run)")
            #expect(summary.new == 1 && summary.unchanged == 2, "\(run)")
            let damageLines = run.stdout.split(separator: "\n").filter { $0.contains("damaged document") }
            #expect(damageLines.count == 1, "\(run)")
            #expect(damageLines.first?.contains("malformed XML at line") == true, "\(run)")
            #expect(run.stdout.contains("skipped 1 item:"), "\(run)")
            #expect(run.stdout.contains("item 4: the document breaks off in it"), "\(run)")

            let after = try await setup.articles(of: "/harbour.xml")
            #expect(after.count == 4)
            #expect(after["https://harbour-gazette.example.org/storm"]?.title == "Storm warning")
            #expect(after["https://harbour-gazette.example.org/fish-market"] == fish, "the cached copy of the cut item is kept whole")
            for (link, article) in before { #expect(after[link] == article) }

            // The damaged document's ETag was not saved: the next sync fetches it again.
            try await setup.sync("/harbour.xml")
            #expect(setup.server.requests.last?.headers["if-none-match"] != "\"damaged\"")
            #expect(setup.server.requests.count == 3)
        }

        @Test("a mis-encoded document after a good one keeps the cache and decodes by the fallback")
        func misencodedAfterGood() async throws {
            let setup = try Setup()
            defer { setup.server.stop() }
            let good = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Kevin’s Kitchen Notes</title>
                <item><title>Welcome</title><link>https://kevins-kitchen.example.com/welcome</link>
                <description>Crème fraîche, always.</description><pubDate>Mon, 25 Aug 2025 08:00:00 GMT</pubDate></item>
                </channel></rss>
                """
            try setup.feeds.serve(body: Data(good.utf8), at: "/kitchen.xml", contentType: "text/xml; charset=utf-8")
            try await setup.sync("/kitchen.xml")
            let before = try await setup.articles(of: "/kitchen.xml")
            #expect(before["https://kevins-kitchen.example.com/welcome"]?.summary == "Crème fraîche, always.")

            // The next version says UTF-8 (document and server) but is Windows-1252, and lacks the old item.
            try setup.feeds.serve(
                "wild/utf8-declared-windows-1252.xml", at: "/kitchen.xml", contentType: "text/xml; charset=utf-8",
                etag: "\"v2\"")
            let run = try await setup.sync("/kitchen.xml")
            #expect(SyncSummaryLine(in: run.stdout, source: setup.server.url("/kitchen.xml"))?.new == 1, "\(run)")
            let after = try await setup.articles(of: "/kitchen.xml")
            #expect(after.count == 2)
            #expect(after["https://kevins-kitchen.example.com/welcome"] == before["https://kevins-kitchen.example.com/welcome"])
            #expect(
                after["https://kevins-kitchen.example.com/creme-brulee"]?.title
                    == "\u{201C}Don\u{2019}t over-knead\u{201D} \u{2013} a crème brûlée story")
        }

        @Test("modified elements set updated; an undated item takes lastBuildDate and keeps it")
        func dates() async throws {
            let setup = try Setup()
            defer { setup.server.stop() }
            try setup.feeds.serve("wild/dates-modified.xml", at: "/dates.xml")
            try await setup.sync("/dates.xml")
            let articles = try await setup.articles(of: "/dates.xml")
            func dates(_ slug: String) -> [Date?] {
                let article = articles["https://changelog-weekly.example.io/" + slug]
                return [article.flatMap { Self.date($0.published) }, article.flatMap { Self.date($0.updated) }]
            }
            func instants(_ published: String, _ updated: String) throws -> [Date?] {
                [try Date(published, strategy: .iso8601), try Date(updated, strategy: .iso8601)]
            }
            #expect(dates("qemu-10-1-0") == (try instants("2025-08-26T02:00:00Z", "2025-08-26T10:30:00Z")))
            #expect(dates("dc-modified") == (try instants("2025-08-25T01:00:00Z", "2025-08-25T12:00:00Z")))
            #expect(dates("dcterms-modified") == (try instants("2025-08-03T09:00:00Z", "2025-08-04T09:00:00Z")))
            #expect(dates("atom-updated") == (try instants("2025-08-01T07:00:00Z", "2025-08-02T07:00:00Z")))
            #expect(dates("undated") == (try instants("2025-08-27T06:00:00Z", "2025-08-27T06:00:00Z")))

            // A rebuilt feed (new lastBuildDate) does not move the undated item.
            let rebuilt = String(decoding: try Fixtures.data("feeds/wild/dates-modified.xml"), as: UTF8.self)
                .replacingOccurrences(of: "Wed, 27 Aug 2025 06:00:00", with: "Thu, 28 Aug 2025 06:00:00")
            try setup.feeds.serve(body: Data(rebuilt.utf8), at: "/dates.xml", etag: "\"v2\"")
            let run = try await setup.sync("/dates.xml")
            #expect(SyncSummaryLine(in: run.stdout, source: setup.server.url("/dates.xml"))?.updated == 0, "\(run)")
            let undated = try await setup.articles(of: "/dates.xml")["https://changelog-weekly.example.io/undated"]
            #expect(undated.flatMap { Self.date($0.published) } == (try Date("2025-08-27T06:00:00Z", strategy: .iso8601)))
        }
    }
}
