import Foundation
import Hummingbird
import HummingbirdTesting
import ReferenceServerCore
import Testing

@Suite("GReader read state, stars and ids")
struct GReaderStateTests {
    private static let readingList = "user/-/state/com.google/reading-list"
    private static let read = "user/-/state/com.google/read"
    private static let starred = "user/-/state/com.google/starred"

    @Test("edit-tag marks read and starred; xt=read gives the unread ids in decimal; r= undoes")
    func editTag() async throws {
        try await withGReaderServer(corpus: 12) { client in
            let auth = try await client.greaderLogin()
            let all = try await client.greaderIDs("s=\(Self.readingList)", auth: auth)
            #expect(all.count == 12)
            #expect(all.allSatisfy { Int64($0) != nil && $0.count >= 16 })
            let token = try await client.greaderToken(auth: auth)
            let marked = try await client.greaderPost(
                "/edit-tag", auth: auth, [("T", token), ("i", all[0]), ("i", all[1]), ("a", Self.read)])
            #expect(marked.status == .ok && marked.text == "OK")
            #expect(marked.headers[.contentType]?.hasPrefix("text/html") == true)
            let unread = try await client.greaderIDs("s=\(Self.readingList)&xt=\(Self.read)", auth: auth)
            #expect(unread == Array(all.dropFirst(2)))
            #expect(try await client.greaderIDs("s=\(Self.read)", auth: auth) == Array(all.prefix(2)))

            let star = try await client.greaderPost(
                "/edit-tag", auth: auth, [("T", token), ("i", all[5]), ("i", "999"), ("a", Self.starred)])
            #expect(star.status == .ok)
            #expect(try await client.greaderIDs("s=\(Self.starred)", auth: auth) == [all[5]])
            let page = try await client.greaderAllItems(stream: Self.starred, n: 10, auth: auth)
            #expect(page.items.first?.categories.contains(Self.starred) == true)

            _ = try await client.greaderPost("/edit-tag", auth: auth, [("T", token), ("i", all[0]), ("r", Self.read)])
            #expect(try await client.greaderIDs("s=\(Self.read)", auth: auth) == [all[1]])
        }
    }

    @Test("items/contents takes decimal and long-form ids, leaves out what it cannot read, and refuses GET")
    func itemContents() async throws {
        try await withGReaderServer(corpus: 6) { client in
            let auth = try await client.greaderLogin()
            let all = try await client.greaderIDs("s=\(Self.readingList)", auth: auth)
            let long = try #require(
                try await client.greaderAllItems(stream: Self.readingList, n: 6, auth: auth).items.map(\.id).last)
            let response = try await client.greaderPost(
                "/stream/items/contents", auth: auth, [("i", all[0]), ("i", long), ("i", "not-an-id")])
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let items = try response.greader(as: GReaderTestPage.self).items
            #expect(items.compactMap { decimalID(ofLongForm: $0.id) } == [all[0], all[5]])
            let get = try await client.greaderGet("/stream/items/contents?i=\(all[0])", auth: auth)
            #expect(get.status == .badRequest)
        }
    }

    @Test("items/contents answers 1,500 ids, more than one lookup statement takes, in the order asked")
    func manyItemContents() async throws {
        try await withGReaderServer(corpus: 1500) { client in
            let auth = try await client.greaderLogin()
            let all = try await client.greaderIDs("s=\(Self.readingList)", auth: auth)
            #expect(all.count == 1500)
            let asked = Array(all.reversed())
            let response = try await client.greaderPost("/stream/items/contents", auth: auth, asked.map { ("i", $0) })
            #expect(response.status == .ok)
            let items = try response.greader(as: GReaderTestPage.self).items
            #expect(items.compactMap { decimalID(ofLongForm: $0.id) } == asked)
        }
    }

    @Test("with the high first id, the oldest item is 0xfffffffffffffff0: decimal -16, read by both forms")
    func signedDecimal() async throws {
        try await withGReaderServer(corpus: 5, highFirstID: true) { client in
            let auth = try await client.greaderLogin()
            let oldest = try await client.greaderIDs("s=\(Self.readingList)&r=o", auth: auth)
            #expect(oldest.first == "-16")
            #expect(oldest.dropFirst().allSatisfy { (Int64($0) ?? 0) > 1 << 53 })
            let page = try await client.greaderAllItems(stream: Self.readingList, n: 10, auth: auth)
            #expect(page.items.last?.id == "tag:google.com,2005:reader/item/fffffffffffffff0")
            let token = try await client.greaderToken(auth: auth)
            _ = try await client.greaderPost("/edit-tag", auth: auth, [("T", token), ("i", "-16"), ("a", Self.read)])
            #expect(try await client.greaderIDs("s=\(Self.read)", auth: auth) == ["-16"])
            let byLong = try await client.greaderPost(
                "/stream/items/contents", auth: auth, [("i", "tag:google.com,2005:reader/item/fffffffffffffff0")])
            #expect(try byLong.greader(as: GReaderTestPage.self).items.count == 1)
        }
    }

    @Test("a stale action token is 401 with Google-Bad-Token, and a fresh one from GET token works")
    func staleToken() async throws {
        try await withGReaderServer(corpus: 3, tokenUses: 2) { client in
            let auth = try await client.greaderLogin()
            let id = try #require(try await client.greaderIDs("s=\(Self.readingList)", auth: auth).first)
            let token = try await client.greaderToken(auth: auth)
            #expect(token.count == 57)
            let write = [("i", id), ("a", Self.starred)]
            for _ in 0..<2 {
                #expect(try await client.greaderPost("/edit-tag", auth: auth, [("T", token)] + write).status == .ok)
            }
            let stale = try await client.greaderPost("/edit-tag", auth: auth, [("T", token)] + write)
            #expect(stale.status == .unauthorized)
            #expect(stale.headers[GReaderTestAccount.badTokenHeader] == "true")
            let fresh = try await client.greaderToken(auth: auth)
            #expect(fresh != token)
            #expect(try await client.greaderPost("/edit-tag", auth: auth, [("T", fresh)] + write).status == .ok)
            let wrong = try await client.greaderPost("/edit-tag", auth: auth, [("T", "nope")] + write)
            #expect(wrong.status == .unauthorized)
            let none = try await client.greaderPost("/mark-all-as-read", auth: auth, [("s", Self.readingList)])
            #expect(none.status == .unauthorized)
        }
    }

    @Test("mark-all-as-read marks the stream's items crawled up to ts (seconds or microseconds)")
    func markAllAsRead() async throws {
        try await withGReaderServer(corpus: 8) { client in
            let auth = try await client.greaderLogin()
            let token = try await client.greaderToken(auth: auth)
            let start = Int64(GReaderTestAccount.now.timeIntervalSince1970)
            let early = try await client.greaderPost(
                "/mark-all-as-read", auth: auth, [("T", token), ("s", "feed/1"), ("ts", String(start - 1))])
            #expect(early.status == .ok)
            #expect(try await client.greaderIDs("s=\(Self.read)", auth: auth).isEmpty)
            let feed1 = try await client.greaderIDs("s=feed/1", auth: auth)
            _ = try await client.greaderPost(
                "/mark-all-as-read", auth: auth, [("T", token), ("s", "feed/1"), ("ts", String(start * 1_000_000))])
            #expect(try await client.greaderIDs("s=\(Self.read)", auth: auth) == feed1)
        }
    }

    @Test("token is 57 characters and a newline as text/html, user-info text/html too")
    func lyingContentTypes() async throws {
        try await withGReaderServer(corpus: 2) { client in
            let auth = try await client.greaderLogin()
            let token = try await client.greaderGet("/token", auth: auth)
            #expect(token.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(token.text.count == 58 && token.text.hasSuffix("\n"))
            let info = try await client.greaderGet("/user-info", auth: auth)
            #expect(info.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(info.text.contains(#""userName":"alice""#))
            let ids = try await client.greaderGet("/stream/items/ids?s=\(Self.readingList)&output=json", auth: auth)
            #expect(ids.headers[.contentType]?.hasPrefix("text/html") == true)
        }
    }

    @Test("fault injection applies to the GReader routes and the admin stats count them")
    func faults() async throws {
        try await withGReaderServer(corpus: 2, configure: { configuration in
            configuration.faults = FaultSettings(failRate: 1, failStatuses: [503])
        }) { client in
            let login = try await client.execute(
                uri: GReaderTestAccount.endpoint + "/accounts/ClientLogin", method: .post,
                body: formBody([("Email", GReaderTestAccount.user), ("Passwd", GReaderTestAccount.password)]))
            #expect(login.status == .serviceUnavailable)
            #expect(login.headers[.retryAfter] == "1")
            let stats = try await client.get("/admin/stats", headers: .admin)
            #expect(stats.text.contains(#""503":1"#))
        }
    }
}
