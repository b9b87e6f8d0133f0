import Foundation
import Hummingbird
import HummingbirdTesting
import ReferenceServerCore
import Testing

@Suite("GReader login and auth")
struct GReaderLoginTests {
    private static let login = GReaderTestAccount.endpoint + "/accounts/ClientLogin"

    private func login(
        _ client: any TestClientProtocol, user: String, password: String
    ) async throws -> TestResponse {
        try await client.execute(
            uri: Self.login, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: formBody([("Email", user), ("Passwd", password)]))
    }

    @Test("ClientLogin answers SID, LSID and the same Auth on every login, as text/plain")
    func loginSucceeds() async throws {
        try await withGReaderServer(corpus: 0) { client in
            let first = try await login(client, user: GReaderTestAccount.user, password: GReaderTestAccount.password)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType]?.hasPrefix("text/plain") == true)
            let lines = first.text.split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines[1] == "LSID=null")
            let auth = try #require(lines.last?.dropFirst("Auth=".count)).description
            #expect(auth.hasPrefix("alice/") && auth.count == "alice/".count + 40)
            #expect(lines[0] == "SID=\(auth)")
            let second = try await client.greaderLogin()
            #expect(second == auth)
        }
    }

    @Test("a wrong password or user is 401 with Google-Bad-Token; a user name that is not alphanumeric is 400")
    func loginFails() async throws {
        try await withGReaderServer(corpus: 0) { client in
            for (user, password) in [("alice", "wrong"), ("bob", GReaderTestAccount.password), ("alice", "")] {
                let response = try await login(client, user: user, password: password)
                #expect(response.status == .unauthorized)
                #expect(response.headers[GReaderTestAccount.badTokenHeader] == "true")
                #expect(!response.text.contains("Auth="))
            }
            let odd = try await login(client, user: "al ice", password: GReaderTestAccount.password)
            #expect(odd.status == .badRequest)
        }
    }

    @Test("every reader/api/0 route needs Authorization: GoogleLogin auth=<Auth>")
    func authRequired() async throws {
        try await withGReaderServer(corpus: 2) { client in
            let auth = try await client.greaderLogin()
            let paths = ["/token", "/user-info", "/subscription/list?output=json", "/tag/list?output=json",
                "/stream/contents/user/-/state/com.google/reading-list", "/stream/items/ids?s=feed/1&output=json"]
            for path in paths {
                for headers: HTTPFields in [
                    [:], [.authorization: "GoogleLogin auth=\(auth)x"], [.authorization: "Bearer \(auth)"],
                ] {
                    let response = try await client.execute(
                        uri: GReaderTestAccount.api + path, method: .get, headers: headers)
                    #expect(response.status == .unauthorized, "\(path)")
                    #expect(response.headers[GReaderTestAccount.badTokenHeader] == "true")
                }
                #expect(try await client.greaderGet(path, auth: auth).status == .ok, "\(path)")
            }
        }
    }

    @Test("the JSON list routes answer 501 without output=json")
    func outputJSONRequired() async throws {
        try await withGReaderServer(corpus: 2) { client in
            let auth = try await client.greaderLogin()
            for path in ["/subscription/list", "/tag/list", "/stream/items/ids?s=feed/1", "/tag/list?output=xml"] {
                #expect(try await client.greaderGet(path, auth: auth).status == .notImplemented, "\(path)")
            }
        }
    }

    @Test("without --greader-user the routes do not exist")
    func offByDefault() async throws {
        try await withServer { client in
            let response = try await client.execute(uri: Self.login, method: .post)
            #expect(response.status == .notFound)
        }
    }
}
