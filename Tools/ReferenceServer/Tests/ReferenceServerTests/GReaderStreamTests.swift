import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("GReader streams")
struct GReaderStreamTests {
    private static let readingList = "user/-/state/com.google/reading-list"

    @Test("reading-list pages follow continuations; a last page of exactly n keeps one and the next is empty")
    func paging() async throws {
        try await withGReaderServer(corpus: 30) { client in
            let auth = try await client.greaderLogin()
            let all = try await client.greaderAllItems(stream: Self.readingList, n: 10, auth: auth)
            #expect(all.pageSizes == [10, 10, 10, 0])
            #expect(Set(all.items.map(\.id)).count == 30)
            let numbers = all.items.compactMap { decimalID(ofLongForm: $0.id).flatMap { Int64($0) } }
            #expect(numbers.count == 30)
            #expect(numbers == numbers.sorted(by: >))
            #expect(numbers.allSatisfy { $0 > 1 << 53 })
            let oldestFirst = try await client.greaderAllItems(stream: Self.readingList, n: 7, extra: "&r=o", auth: auth)
            #expect(oldestFirst.pageSizes == [7, 7, 7, 7, 2])
            #expect(oldestFirst.items.map(\.id) == all.items.map(\.id).reversed())
            let uneven = try await client.greaderAllItems(stream: Self.readingList, n: 8, auth: auth)
            #expect(uneven.pageSizes == [8, 8, 8, 6])
        }
    }

    @Test("the feed streams split the articles, and label streams hold their folders' feeds")
    func feedAndLabelStreams() async throws {
        try await withGReaderServer(corpus: 40) { client in
            let auth = try await client.greaderLogin()
            var total = 0
            var news = 0
            for feed in 1...4 {
                let items = try await client.greaderAllItems(stream: "feed/\(feed)", n: 100, auth: auth).items
                #expect(!items.isEmpty)
                #expect(items.allSatisfy { $0.origin.streamId == "feed/\(feed)" })
                let folder = feed % 2 == 1 ? "News" : "Provinces"
                #expect(items.allSatisfy { $0.categories.contains("user/-/label/\(folder)") })
                total += items.count
                if feed % 2 == 1 { news += items.count }
            }
            #expect(total == 40)
            let label = try await client.greaderAllItems(stream: "user/-/label/News", n: 100, auth: auth)
            #expect(label.items.count == news)
            let escaped = try await client.greaderAllItems(
                stream: "user%2F-%2Flabel%2FNews", n: 100, auth: auth)
            #expect(escaped.items.count == news)
        }
    }

    @Test("items carry fullwidth titles, the feed's raw categories, seconds and string times")
    func itemShape() async throws {
        try await withGReaderServer(corpus: 0) { client in
            let article = SyncWire.Article(
                id: "shape-1", url: "https://example.org/a", title: "Patents & <marks> in Yunnan",
                published: Date(timeIntervalSince1970: 1_700_000_000), updated: Date(timeIntervalSince1970: 1_700_000_100),
                summary: nil, contentHTML: "<p>Body</p>", author: "Li", language: "en", provinces: ["Yunnan"],
                tags: ["Law"])
            #expect(try await client.post("/admin/articles", json: article, headers: .admin).status == .ok)
            let auth = try await client.greaderLogin()
            let response = try await client.greaderGet("/stream/contents/\(Self.readingList)?output=json", auth: auth)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let item = try #require(try response.greader(as: GReaderTestPage.self).items.first)
            #expect(item.title == "Patents ＆ ＜marks＞ in Yunnan")
            #expect(item.published == 1_700_000_000)
            #expect(item.categories.contains("Yunnan") && item.categories.contains("Law"))
            #expect(item.categories.contains(Self.readingList))
            #expect(!item.categories.contains("user/-/state/com.google/read"))
            // The first item of an empty store is crawled at the server's time.
            #expect(item.crawlTimeMsec == String(Int64(GReaderTestAccount.now.timeIntervalSince1970) * 1000))
            #expect(response.text.contains(#""summary":{"content":"<p>Body</p>"}"#))
            #expect(response.text.contains(#""canonical":[{"#))
            #expect(response.text.contains(#""enclosure":[]"#))
        }
    }

    @Test("ot keeps items crawled at or after it: a later admin publish is crawled after the corpus")
    func crawledSince() async throws {
        try await withGReaderServer(corpus: 10) { client in
            let auth = try await client.greaderLogin()
            let start = Int64(GReaderTestAccount.now.timeIntervalSince1970)
            #expect(try await client.greaderIDs("s=\(Self.readingList)&ot=\(start)", auth: auth).count == 10)
            let publish = try await client.post(
                "/admin/publish-random", json: ["count": 3, "seed": 5], headers: .admin)
            #expect(publish.status == .ok)
            let newer = try await client.greaderIDs("s=\(Self.readingList)&ot=\(start + 1)", auth: auth)
            #expect(newer.count == 3)
            let all = try await client.greaderIDs("s=\(Self.readingList)", auth: auth)
            #expect(all.count == 13)
            #expect(Array(all.prefix(3)) == newer)
        }
    }

    @Test("a continuation the server did not give is 400, and so is an unknown stream")
    func badRequests() async throws {
        try await withGReaderServer(corpus: 5) { client in
            let auth = try await client.greaderLogin()
            let made = try await client.greaderGet("/stream/contents/\(Self.readingList)?c=12345", auth: auth)
            #expect(made.status == .badRequest)
            let unknown = try await client.greaderGet("/stream/contents/user/-/state/com.google/nothing", auth: auth)
            #expect(unknown.status == .badRequest)
        }
    }

    @Test("a retracted article leaves the GReader streams")
    func retraction() async throws {
        try await withGReaderServer(corpus: 5) { client in
            let auth = try await client.greaderLogin()
            let before = try await client.greaderIDs("s=\(Self.readingList)", auth: auth)
            let id = try #require(try await client.adminArticles().first?.id)
            #expect(try await client.execute(uri: "/admin/articles/\(id)", method: .delete, headers: .admin).status == .ok)
            let after = try await client.greaderIDs("s=\(Self.readingList)", auth: auth)
            #expect(after.count == before.count - 1)
        }
    }

    @Test("JSON answers are gzipped when the client accepts it, as a web server in front of FreshRSS does")
    func gzipAnswers() async throws {
        try await withGReaderServer(corpus: 40) { client in
            let auth = try await client.greaderLogin()
            let path = GReaderTestAccount.api + "/stream/items/ids?s=\(Self.readingList)&n=100&output=json"
            let plain = try await client.execute(
                uri: path, method: .get, headers: [.authorization: "GoogleLogin auth=\(auth)"])
            let zipped = try await client.execute(
                uri: path, method: .get, headers: [.authorization: "GoogleLogin auth=\(auth)", .acceptEncoding: "gzip"])
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.contentType]?.hasPrefix("text/html") == true, "the lie stays")
            #expect(zipped.body.readableBytes * 3 < plain.body.readableBytes)
            #expect(try gunzipped(zipped.body) == plain.body)
        }
    }
}
