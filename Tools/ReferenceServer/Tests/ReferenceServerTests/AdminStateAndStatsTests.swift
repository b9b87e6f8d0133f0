import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Admin state changes and fault counts")
struct AdminStateAndStatsTests {
    @Test("POST /admin/state merges by last writer wins and never meets a fault")
    func serverSideState() async throws {
        try await withServer(configure: { configuration, _ in
            configuration.faults = FaultSettings(failRate: 1, failStatuses: [503])
        }) { client in
            let newer = SyncWire.StatePush(device: "web", changes: [change("a-1", .read, true, ms: 2_000, device: "web")])
            let older = SyncWire.StatePush(device: "web", changes: [change("a-1", .read, false, ms: 1_000, device: "web")])
            let first = try await client.post("/admin/state", json: newer, headers: .admin)
            #expect(first.status == .ok)
            #expect(try first.decoded(as: SyncWire.StatePushResult.self) == .init(applied: 1, ignored: 0))
            let second = try await client.post("/admin/state", json: older, headers: .admin)
            #expect(try second.decoded(as: SyncWire.StatePushResult.self) == .init(applied: 0, ignored: 1))
            let state = try await client.get("/admin/state", headers: .admin).decoded(as: [StateChange].self)
            #expect(state.map(\.value) == [true])
            #expect(try await client.get("/api/v1/state").status == .serviceUnavailable)

            let empty = SyncWire.StatePush(device: "web", changes: [])
            #expect(try await client.post("/admin/state", json: empty, headers: .admin).status == .badRequest)
        }
    }

    @Test("GET /admin/stats counts requests, failures by status, truncations and expired cursors")
    func stats() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 20 }) { client in
            let page = try await client.get("/api/v1/articles?limit=5").decoded(as: SyncWire.ArticlePage.self)
            try await client.setFaults(FaultSettings(failRate: 1, failStatuses: [500, 429], seed: 3))
            for _ in 0..<4 { _ = try await client.get("/api") }
            try await client.setFaults(FaultSettings(truncateRate: 1))
            _ = try? await client.get("/api/v1/articles")  // the cut body ends the exchange with an error
            try await client.setFaults(FaultSettings(expiredCursors: [page.nextCursor]))
            let expired = try await client.get("/api/v1/articles?cursor=\(page.nextCursor)")
            #expect(expired.status == .gone)

            let stats = try await client.get("/admin/stats", headers: .admin).decoded(as: Stats.self)
            #expect(stats.requests == 7)
            #expect(stats.failures.values.reduce(0, +) == 4)
            #expect(Set(stats.failures.keys).isSubset(of: ["500", "429"]))
            #expect(stats.truncations == 1)
            #expect(stats.expiredCursors == 1)
        }
    }

    /// The body of `GET /admin/stats`.
    struct Stats: Decodable {
        let requests: Int
        let failures: [String: Int]
        let truncations: Int
        let expiredCursors: Int

        enum CodingKeys: String, CodingKey {
            case requests, failures, truncations
            case expiredCursors = "expired_cursors"
        }
    }
}

extension TestClientProtocol {
    /// Replaces the fault settings through the admin API.
    fileprivate func setFaults(_ settings: FaultSettings) async throws {
        var headers = HTTPFields.admin
        headers[.contentType] = "application/json"
        let body = ByteBuffer(bytes: try JSONEncoder().encode(settings))
        let answer = try await execute(uri: "/admin/faults", method: .put, headers: headers, body: body)
        try #require(answer.status == .ok)
    }
}
