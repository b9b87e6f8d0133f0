import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Fault injection")
struct FaultInjectionTests {
    /// The statuses of `count` discovery requests against a fresh server with `faults`.
    private func statuses(_ faults: FaultSettings, count: Int) async throws -> [Int] {
        try await withServer(configure: { configuration, _ in configuration.faults = faults }) { client in
            var statuses: [Int] = []
            for _ in 0..<count { statuses.append(try await client.get("/api").status.code) }
            return statuses
        }
    }

    @Test("the same fault seed fails the same requests; another seed others")
    func deterministic() async throws {
        let faults = FaultSettings(failRate: 0.3, failStatuses: [500, 503, 429], seed: 9)
        let first = try await statuses(faults, count: 200)
        let second = try await statuses(faults, count: 200)
        var other = faults
        other.seed = 10
        let third = try await statuses(other, count: 200)
        #expect(first == second)
        #expect(first != third)
        let failures = first.filter { $0 != 200 }
        #expect((35...85).contains(failures.count))
        #expect(Set(failures) == [500, 503, 429])
    }

    @Test("429 and 503 say overloaded with Retry-After: 1; 500 says internal", arguments: [429, 503, 500])
    func failureBodies(status: Int) async throws {
        try await withServer(configure: { configuration, _ in
            configuration.faults = FaultSettings(failRate: 1, failStatuses: [status])
        }) { client in
            let response = try await client.get("/api/v1/articles")
            #expect(response.status.code == status)
            #expect(response.errorCode == (status == 500 ? "internal" : "overloaded"))
            #expect(response.headers[.retryAfter] == (status == 500 ? nil : "1"))
        }
    }

    @Test("faults change at runtime through PUT /admin/faults, and never touch /admin")
    func runtimeChanges() async throws {
        try await withServer { client in
            #expect(try await client.get("/api").status == .ok)
            let put = try await client.execute(
                uri: "/admin/faults", method: .put, headers: .admin,
                body: ByteBuffer(string: #"{"fail_rate": 1, "fail_statuses": [503]}"#))
            #expect(put.status == .ok)
            #expect(try put.decoded(as: FaultSettings.self).failRate == 1)
            #expect(try await client.get("/api").status == .serviceUnavailable)
            #expect(try await client.get("/admin/faults", headers: .admin).status == .ok)
            let bad = try await client.execute(
                uri: "/admin/faults", method: .put, headers: .admin, body: ByteBuffer(string: #"{"fail_rate": 2}"#))
            #expect(bad.status == .badRequest)
            _ = try await client.execute(uri: "/admin/faults", method: .put, headers: .admin, body: ByteBuffer(string: "{}"))
            #expect(try await client.get("/api").status == .ok)
        }
    }

    @Test("latency delays each answer")
    func latency() async throws {
        try await withServer(configure: { configuration, _ in configuration.faults.latencyMS = 150 }) { client in
            let clock = ContinuousClock()
            let elapsed = try await clock.measure {
                for _ in 0..<3 {
                    let response = try await client.get("/api")
                    #expect(response.status == .ok)
                }
            }
            #expect(elapsed >= .milliseconds(450))
        }
    }
}
