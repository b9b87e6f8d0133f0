import Foundation
import Hummingbird
import HummingbirdTesting
import ReferenceServerCore
import Testing

@Suite("GReader subscriptions")
struct GReaderSubscriptionTests {
    private struct List: Decodable {
        struct Subscription: Decodable {
            struct Category: Decodable, Equatable {
                let id: String
                let label: String
            }
            let id: String
            let title: String
            let categories: [Category]
            let url: String
            let htmlUrl: String
        }
        let subscriptions: [Subscription]
    }

    private struct QuickAdd: Decodable {
        let numResults: Int
        let streamId: String?
        let error: String?
    }

    private func subscriptions(_ client: any TestClientProtocol, auth: String) async throws -> [List.Subscription] {
        let response = try await client.greaderGet("/subscription/list?output=json", auth: auth)
        try #require(response.status == .ok)
        return try response.greader(as: List.self).subscriptions
    }

    @Test("the subscriptions are feed/1...feed/4 with folders and FreshRSS's fullwidth title escapes")
    func list() async throws {
        try await withGReaderServer { client in
            let auth = try await client.greaderLogin()
            let feeds = try await subscriptions(client, auth: auth)
            #expect(feeds.map(\.id) == ["feed/1", "feed/2", "feed/3", "feed/4"])
            #expect(feeds[0].title == "CNIPA news ＆ notes 1")
            #expect(feeds[1].title == "Province briefs， ＜Q＆A＞ 2； who＼what／where？")
            #expect(feeds[0].categories == [.init(id: "user/-/label/News", label: "News")])
            #expect(feeds[1].categories == [.init(id: "user/-/label/Provinces", label: "Provinces")])
            #expect(feeds[2].url == "http://127.0.0.1/feeds/greader-3.xml")
            #expect(feeds[2].htmlUrl == "http://127.0.0.1/greader-3/")
            let tags = try await client.greaderGet("/tag/list?output=json", auth: auth)
            #expect(tags.text.contains(#""id":"user/-/label/News""#))
            #expect(tags.text.contains(#""id":"user/-/label/Provinces""#))
        }
    }

    @Test("quickadd makes feed/5 without items, a non-http URL is 200 with numResults 0, unsubscribe hides a feed's items")
    func quickAddAndUnsubscribe() async throws {
        try await withGReaderServer { client in
            let auth = try await client.greaderLogin()
            let token = try await client.greaderToken(auth: auth)
            let added = try await client.greaderPost(
                "/subscription/quickadd", auth: auth, [("T", token), ("quickadd", "https://example.org/feed.xml")])
            #expect(added.status == .ok)
            #expect(added.headers[.contentType]?.hasPrefix("text/html") == true)
            let result = try added.greader(as: QuickAdd.self)
            #expect(result.numResults == 1 && result.streamId == "feed/5")
            #expect(try await subscriptions(client, auth: auth).last?.title == "example.org")
            let empty = try await client.greaderAllItems(stream: "feed/5", n: 20, auth: auth)
            #expect(empty.items.isEmpty)

            let refused = try await client.greaderPost(
                "/subscription/quickadd", auth: auth, [("T", token), ("quickadd", "ftp://example.org/x")])
            #expect(refused.status == .ok)
            let refusal = try refused.greader(as: QuickAdd.self)
            #expect(refusal.numResults == 0 && refusal.error != nil)

            let before = try await client.greaderAllItems(stream: "user/-/state/com.google/reading-list", n: 100, auth: auth)
            let inFeed1 = before.items.filter { $0.origin.streamId == "feed/1" }.count
            #expect(inFeed1 > 0)
            let unsubscribed = try await client.greaderPost(
                "/subscription/edit", auth: auth, [("T", token), ("ac", "unsubscribe"), ("s", "feed/1")])
            #expect(unsubscribed.status == .ok)
            #expect(try await subscriptions(client, auth: auth).map(\.id) == ["feed/2", "feed/3", "feed/4", "feed/5"])
            let after = try await client.greaderAllItems(stream: "user/-/state/com.google/reading-list", n: 100, auth: auth)
            #expect(after.items.count == before.items.count - inFeed1)
            #expect(!after.items.contains { $0.origin.streamId == "feed/1" })
        }
    }

    @Test("subscription/edit renames and refiles a feed")
    func edit() async throws {
        try await withGReaderServer(corpus: 4) { client in
            let auth = try await client.greaderLogin()
            let token = try await client.greaderToken(auth: auth)
            let edited = try await client.greaderPost(
                "/subscription/edit", auth: auth,
                [("T", token), ("ac", "edit"), ("s", "feed/2"), ("t", "Renamed"), ("r", "user/-/label/Provinces"),
                 ("a", "user/-/label/Law")])
            #expect(edited.status == .ok)
            let feed = try #require(try await subscriptions(client, auth: auth).first { $0.id == "feed/2" })
            #expect(feed.title == "Renamed")
            #expect(feed.categories == [.init(id: "user/-/label/Law", label: "Law")])
            let missing = try await client.greaderPost(
                "/subscription/edit", auth: auth, [("T", token), ("ac", "edit"), ("s", "feed/99"), ("t", "x")])
            #expect(missing.status == .badRequest)
        }
    }
}
