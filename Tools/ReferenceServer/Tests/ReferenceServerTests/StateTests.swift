import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Sync API: read and bookmark state")
struct StateTests {
    private func push(_ changes: [StateChange], _ client: any TestClientProtocol) async throws
        -> SyncWire.StatePushResult
    {
        let response = try await client.post("/api/v1/state", json: SyncWire.StatePush(device: "d1", changes: changes))
        try #require(response.status == .ok, "\(response.status) \(response.text)")
        return try response.decoded(as: SyncWire.StatePushResult.self)
    }

    private func pullState(_ client: any TestClientProtocol, cursor: String? = nil, limit: Int = 500) async throws
        -> SyncWire.StatePage
    {
        let uri = "/api/v1/state?limit=\(limit)" + (cursor.map { "&cursor=\($0)" } ?? "")
        let response = try await client.get(uri)
        try #require(response.status == .ok, "\(response.status) \(response.text)")
        return try response.decoded(as: SyncWire.StatePage.self)
    }

    @Test("pushed changes come back from GET state, including ids the server never published")
    func pushThenPull() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 5 }) { client in
            let changes = [
                change("c1-1", .read, true, ms: 1000),
                change("c1-2", .bookmarked, true, ms: 1001),
                change("not-published-yet", .read, true, ms: 1002),
            ]
            #expect(try await push(changes, client) == SyncWire.StatePushResult(applied: 3, ignored: 0))
            let page = try await pullState(client)
            #expect(page.changes == changes)
            #expect(!page.hasMore)
            let dump = try await client.get("/admin/state", headers: .admin).decoded(as: [StateChange].self)
            #expect(Set(dump) == Set(changes))
        }
    }

    @Test("posting the same body twice has the effect of posting it once")
    func idempotentPush() async throws {
        try await withServer { client in
            let changes = [change("a", .read, true, ms: 5), change("b", .read, false, ms: 6)]
            #expect(try await push(changes, client) == SyncWire.StatePushResult(applied: 2, ignored: 0))
            let cursor = try await pullState(client).nextCursor
            #expect(try await push(changes, client) == SyncWire.StatePushResult(applied: 0, ignored: 2))
            let after = try await pullState(client, cursor: cursor)
            #expect(after.changes.isEmpty)
            #expect(after.nextCursor == cursor)
        }
    }

    @Test("the greater clock wins: ms, then counter, then device; older changes are ignored")
    func lastWriterWins() async throws {
        try await withServer { client in
            _ = try await push([change("a", .read, true, ms: 2000)], client)
            let older = try await push([change("a", .read, false, ms: 1999)], client)
            #expect(older == SyncWire.StatePushResult(applied: 0, ignored: 1))
            let sameMsHigherCounter = try await push([change("a", .read, false, ms: 2000, counter: 1)], client)
            #expect(sameMsHigherCounter.applied == 1)
            let deviceTieBreak = try await push(
                [change("a", .read, true, ms: 2000, counter: 1, device: "d2")], client)
            #expect(deviceTieBreak.applied == 1)
            let page = try await pullState(client)
            #expect(page.changes == [change("a", .read, true, ms: 2000, counter: 1, device: "d2")])
        }
    }

    @Test("state pages by change order and skips superseded values")
    func statePaging() async throws {
        try await withServer { client in
            let first = (1...25).map { change("a\($0)", .read, true, ms: Int64($0)) }
            _ = try await push(first, client)
            _ = try await push([change("a3", .read, false, ms: 100)], client)
            var cursor: String?
            var collected: [StateChange] = []
            var pages = 0
            repeat {
                let page = try await pullState(client, cursor: cursor, limit: 10)
                collected += page.changes
                cursor = page.nextCursor
                pages += 1
                if !page.hasMore { break }
            } while pages < 10
            #expect(pages == 3)
            #expect(collected.count == 25)
            #expect(collected.last == change("a3", .read, false, ms: 100))
            #expect(!collected.contains(change("a3", .read, true, ms: 3)))
        }
    }

    @Test("a push needs 1 to 1000 well-formed changes")
    func pushValidation() async throws {
        try await withServer { client in
            let empty = try await client.post("/api/v1/state", json: SyncWire.StatePush(device: "d", changes: []))
            #expect(empty.status == .badRequest)
            let many = (0...1000).map { change("a\($0)", .read, true, ms: 1) }
            let tooMany = try await client.post("/api/v1/state", json: SyncWire.StatePush(device: "d", changes: many))
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.errorCode == "bad_request")
            let thousand = Array(many.prefix(1000))
            let exact = try await client.post("/api/v1/state", json: SyncWire.StatePush(device: "d", changes: thousand))
            #expect(exact.status == .ok)
            for body in [
                "not json", "{\"device\":\"d\"}",
                "{\"device\":\"d\",\"changes\":[{\"article_id\":\"a\",\"field\":\"starred\",\"value\":true,"
                    + "\"clock\":{\"ms\":1,\"counter\":0,\"device\":\"d\"}}]}",
            ] {
                let response = try await client.execute(
                    uri: "/api/v1/state", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: body))
                #expect(response.status == .badRequest, "\(body)")
                #expect(response.errorCode == "bad_request")
            }
        }
    }
}
