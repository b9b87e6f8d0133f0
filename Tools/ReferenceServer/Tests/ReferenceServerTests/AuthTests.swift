import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Bearer tokens")
struct AuthTests {
    private static let secret = "s3cr3t-token-never-echo"

    @Test("/api answers 401 without a token or with a wrong one, and 200 with the right one")
    func apiToken() async throws {
        try await withServer(configure: { configuration, _ in configuration.token = Self.secret }) { client in
            for headers: HTTPFields in [[:], .bearer("wrong"), [.authorization: "Basic abc"], .bearer(Self.secret + "x")]
            {
                let response = try await client.get("/api/v1/articles", headers: headers)
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "unauthorized")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                let message = try response.decoded(as: SyncWire.ErrorBody.self).error.message
                #expect(message.contains("bearer token"))
            }
            #expect(try await client.get("/api", headers: .bearer(Self.secret)).status == .ok)
            #expect(try await client.get("/api", headers: [.authorization: "bearer \(Self.secret)"]).status == .ok)
        }
    }

    @Test("the token never appears in any answer")
    func tokenIsNeverEchoed() async throws {
        try await withServer(configure: { configuration, _ in
            configuration.token = Self.secret
            configuration.corpusCount = 3
        }) { client in
            var responses: [TestResponse] = []
            for headers: HTTPFields in [[:], .bearer("nope"), .bearer(Self.secret), .bearer(Self.secret + "!")] {
                responses.append(try await client.get("/api", headers: headers))
                responses.append(try await client.get("/api/v1/articles?cursor=\(Self.secret)", headers: headers))
                responses.append(try await client.get("/api/v1/state?limit=\(Self.secret)", headers: headers))
                responses.append(
                    try await client.post(
                        "/api/v1/state",
                        json: SyncWire.StatePush(device: Self.secret, changes: [change("a", .read, true, ms: 1)]),
                        headers: headers))
            }
            #expect(responses.contains { $0.status == .ok })
            for response in responses {
                #expect(!response.text.contains(Self.secret))
                #expect(!response.headers.contains { $0.value.contains(Self.secret) })
            }
        }
    }

    @Test("the admin API takes only the admin token, and is off without one")
    func adminToken() async throws {
        try await withServer(configure: { configuration, _ in configuration.token = TestTokens.api }) { client in
            let withAPIToken = try await client.get("/admin/articles", headers: .bearer(TestTokens.api))
            #expect(withAPIToken.status == .unauthorized)
            let withAdminToken = try await client.get("/admin/articles", headers: .admin)
            #expect(withAdminToken.status == .ok)
            let apiWithAdminToken = try await client.get("/api", headers: .admin)
            #expect(apiWithAdminToken.status == .unauthorized)
        }
        try await withServer(configure: { configuration, _ in configuration.adminToken = nil }) { client in
            let response = try await client.get("/admin/articles", headers: .admin)
            #expect(response.status == .notFound)
        }
    }
}
