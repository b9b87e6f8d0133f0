import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Sync API: the clock bound on state pushes")
struct ClockBoundTests {
    /// The server's time in these tests.
    static let serverMS: Int64 = 1_587_369_600_000
    static let serverTime = Date(timeIntervalSince1970: Double(serverMS) / 1000)

    private func withBoundedServer<T: Sendable>(
        _ bound: ClockBound? = .standard, _ test: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        try await withServer(configure: { configuration, _ in
            configuration.clockBound = bound
            configuration.now = { Self.serverTime }
        }, test)
    }

    private func push(_ changes: [StateChange], _ client: any TestClientProtocol) async throws -> TestResponse {
        try await client.post("/api/v1/state", json: SyncWire.StatePush(device: "d1", changes: changes))
    }

    private func state(_ client: any TestClientProtocol) async throws -> [StateChange] {
        try await client.get("/api/v1/state").decoded(as: SyncWire.StatePage.self).changes
    }

    @Test("a clock exactly 5 minutes ahead is accepted; 1 ms more refuses the whole body with clock_ahead and server_ms")
    func aroundTheBound() async throws {
        try await withBoundedServer { client in
            let atBound = change("a", .read, true, ms: Self.serverMS + 300_000)
            let accepted = try await push([atBound], client)
            #expect(accepted.status == .ok, "\(accepted.text)")

            let fine = change("b", .read, true, ms: Self.serverMS - 10)
            let ahead = change("c", .bookmarked, true, ms: Self.serverMS + 300_001)
            let refused = try await push([fine, ahead], client)
            #expect(refused.status == .badRequest)
            let body = try refused.decoded(as: SyncWire.ErrorBody.self)
            #expect(body.error.code == "clock_ahead")
            #expect(body.error.serverMS == Self.serverMS)
            #expect(try await state(client) == [atBound], "none of the refused body's changes applied")
        }
    }

    @Test("a counter of 2^31 or more is a bad request, whatever the bound", arguments: [Int64(1) << 31, .max])
    func counterTooLarge(counter: Int64) async throws {
        try await withBoundedServer(nil) { client in
            let response = try await push([change("a", .read, true, ms: 5, counter: counter)], client)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "bad_request")
            #expect(try await state(client).isEmpty)
            let largest = try await push([change("a", .read, true, ms: 5, counter: (1 << 31) - 1)], client)
            #expect(largest.status == .ok)
        }
    }

    @Test("without a bound a clock a day ahead is accepted")
    func boundOff() async throws {
        try await withBoundedServer(nil) { client in
            let response = try await push([change("a", .read, true, ms: Self.serverMS + 86_400_000)], client)
            #expect(response.status == .ok)
        }
    }
}
