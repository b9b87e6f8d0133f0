import Foundation
@testable import ReaderSync
import ReaderTestSupport
import Testing

@Suite struct GReaderReadingTests {
    @Test func idPagesAreFollowedThroughALastFullPageToAnEmptyOne() async throws {
        let server = try GReaderTestServer { request, _, _ in
            switch GReaderTestServer.query(of: request)["c"] {
            case nil: GReaderTestServer.html(GReaderBodies.ids([5, 4], continuation: "c1"))
            case "c1": GReaderTestServer.html(GReaderBodies.ids([3, -1], continuation: "c2"))
            default: GReaderTestServer.html(GReaderBodies.ids([]))
            }
        }
        var report = GReaderTestServer.makeReport()
        let ids = try await server.makeClient().allItemIDs(
            stream: GReaderTag.readingList, excluding: GReaderTag.read, count: 2,
            newerThan: Date(timeIntervalSince1970: 1_700_000_000.9), report: &report)
        #expect(ids.map(\.decimal) == ["5", "4", "3", "-1"])
        #expect(server.requests.count == 3 && report.requests == 3)
        let first = try #require(server.requests.first)
        #expect(first.path.hasPrefix("/api/greader.php/reader/api/0/stream/items/ids?"))
        #expect(first.headers["authorization"] == "GoogleLogin auth=alice/0123456789abcdef")
        let query = GReaderTestServer.query(of: first)
        #expect(query["s"] == "user/-/state/com.google/reading-list" && query["xt"] == "user/-/state/com.google/read")
        #expect(query["n"] == "2" && query["ot"] == "1700000000" && query["output"] == "json")
        #expect(GReaderTestServer.query(of: server.requests[2])["c"] == "c2")
    }

    @Test func aRepeatedContinuationStopsThePaging() async throws {
        // Five pages of new ids, each continued at "same", then an empty page.
        let server = try GReaderTestServer { _, _, nth in
            GReaderTestServer.html(GReaderBodies.ids(nth <= 5 ? [Int64(100 - nth)] : [], continuation: "same"))
        }
        var report = GReaderTestServer.makeReport()
        let error = await #expect(throws: SyncError.self) {
            _ = try await server.makeClient().allItemIDs(stream: GReaderTag.starred, report: &report)
        }
        guard case .serverRepeatsItself(let source, _)? = error else {
            Issue.record("expected serverRepeatsItself, got \(String(describing: error))")
            return
        }
        #expect(source == "home")
        #expect(server.requests.count == 2)
    }

    @Test func aStreamPageCarriesItsContinuationAndTheStreamIsInThePath() async throws {
        let server = try GReaderTestServer { request, _, _ in
            GReaderTestServer.query(of: request)["c"] == nil
                ? GReaderTestServer.html(GReaderBodies.page([GReaderBodies.item("0000000000000002")], continuation: "p2"))
                : GReaderTestServer.html(GReaderBodies.page([]))
        }
        let client = server.makeClient()
        var report = GReaderTestServer.makeReport()
        let first = try await client.streamContents(stream: GReaderTag.label("IP & 专利"), count: 1, report: &report)
        #expect(first.entries.map(\.itemID.decimal) == ["2"] && first.continuation == "p2")
        let last = try await client.streamContents(
            stream: GReaderTag.label("IP & 专利"), count: 1, continuation: first.continuation, report: &report)
        #expect(last.entries.isEmpty && last.continuation == nil)
        let path = try #require(server.requests.first?.path)
        #expect(path.hasPrefix("/api/greader.php/reader/api/0/stream/contents/user/-/label/IP%20%26%20%E4%B8%93%E5%88%A9?"))
    }

    @Test func aCutBodyIsAskedForAgain() async throws {
        let whole = GReaderBodies.page([GReaderBodies.item("0000000000000003")])
        let server = try GReaderTestServer { _, _, nth in
            nth == 1 ? GReaderTestServer.html(String(whole.prefix(whole.count / 2))) : GReaderTestServer.html(whole)
        }
        var report = GReaderTestServer.makeReport()
        let page = try await server.makeClient().streamContents(stream: GReaderTag.readingList, count: 20, report: &report)
        #expect(page.entries.map(\.itemID.decimal) == ["3"])
        #expect(server.requests.count == 2 && report.requests == 2)
    }

    @Test func aBodyThatNeverReadsIsUnexpectedNamingTheRoute() async throws {
        let server = try GReaderTestServer { _, _, _ in GReaderTestServer.html(#"{"error":"oops"}"#) }
        var report = GReaderTestServer.makeReport()
        let error = await #expect(throws: SyncError.self) {
            _ = try await server.makeClient().itemIDs(stream: GReaderTag.starred, report: &report)
        }
        guard case .unexpectedAnswer("home", "stream/items/ids", _)? = error else {
            Issue.record("expected unexpectedAnswer for stream/items/ids, got \(String(describing: error))")
            return
        }
        #expect(server.requests.count == quickRetries.maxAttempts)
    }

    @Test func aBadItemIsSkippedAndCountedAndThePageKept() async throws {
        let items = [
            GReaderBodies.item("0000000000000005"),
            #"{"id":"tag:google.com,2005:reader/item/0000000000000004","published":"last Tuesday"}"#,
            #"{"id":"tag:google.com,2005:reader/item/zz","published":1}"#,
            GReaderBodies.item("0000000000000002"),
        ]
        let server = try GReaderTestServer { _, _, _ in GReaderTestServer.html(GReaderBodies.page(items)) }
        var report = GReaderTestServer.makeReport()
        let page = try await server.makeClient().items(
            [GReaderItemID(5), GReaderItemID(4), GReaderItemID(-1), GReaderItemID(2)], report: &report)
        #expect(page.entries.map(\.itemID.decimal) == ["5", "2"])
        #expect(page.skipped.count == 2)
        #expect(page.skipped.first?.hasPrefix("item tag:google.com,2005:reader/item/0000000000000004: published") == true)
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path.hasPrefix("/api/greader.php/reader/api/0/stream/items/contents"))
        #expect(String(decoding: request.body, as: UTF8.self) == "i=5&i=4&i=-1&i=2")
    }

    @Test func subscriptionsComeWithPlainTitlesAndFolders() async throws {
        let server = try GReaderTestServer { _, _, _ in
            GReaderTestServer.html("""
                {"subscriptions":[{"id":"feed/2","title":"IP News／Patents， Trademarks ＆ More","url":"https://news.example/feed",\
                "htmlUrl":"https://news.example/","iconUrl":"","categories":[{"id":"user/-/label/Patents","label":"Patents"}]},\
                {"id":"feed/3","title":"云南，知识产权","categories":[]}]}
                """)
        }
        var report = GReaderTestServer.makeReport()
        let feeds = try await server.makeClient().subscriptions(report: &report)
        #expect(feeds.map(\.streamID) == ["feed/2", "feed/3"])
        #expect(feeds.map(\.title) == ["IP News/Patents, Trademarks & More", "云南，知识产权"])
        #expect(feeds.first?.folders == ["Patents"] && feeds.first?.feedURL == "https://news.example/feed")
        #expect(server.requests.first?.path == "/api/greader.php/reader/api/0/subscription/list?output=json")
    }
}
