import Foundation
@testable import ReaderSync
import ReaderTestSupport
import Testing

@Suite struct GReaderLogInTests {
    private let password = "p&ss=w+rd%20100%"

    @Test func theAuthLineIsKeptAndThePasswordArrivesAsTyped() async throws {
        let server = try GReaderTestServer { _, _, _ in
            .response(
                status: 200, headers: ["Content-Type": "text/plain; charset=UTF-8"],
                body: Data("SID=alice/3c1b\nLSID=null\nAuth=alice/3c1b77aa\n".utf8))
        }
        var report = GReaderTestServer.makeReport()
        let auth = try await GReaderClient.logIn(
            endpoint: server.endpoint + "/", user: "alice", password: password, runner: server.makeRunner(), report: &report)
        #expect(auth == "alice/3c1b77aa")
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/api/greader.php/accounts/ClientLogin")
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        let form = GReaderTestServer.form(of: request)
        #expect(form.map(\.name) == ["Email", "Passwd"])
        #expect(form.map(\.value) == ["alice", password])
        #expect(report.requests == 1)
    }

    @Test func aWrongPasswordIsLoginRequiredAndNoErrorShowsIt() async throws {
        let server = try GReaderTestServer { request, _, _ in
            // A careless server echoes what it got.
            .response(status: 401, headers: ["Google-Bad-Token": "true"], body: request.body)
        }
        var report = GReaderTestServer.makeReport()
        let error = await #expect(throws: SyncError.self) {
            _ = try await GReaderClient.logIn(
                endpoint: server.endpoint, user: "alice", password: password, runner: server.makeRunner(), report: &report)
        }
        #expect(error == .loginRequired(account: server.endpoint))
        #expect(error.map { !"\($0)".contains(password) && !String(reflecting: $0).contains(password) } == true)
    }

    @Test func aRefusedRequestSaysWhyWithoutThePassword() async throws {
        let password = self.password
        let server = try GReaderTestServer { _, _, _ in
            .response(status: 400, headers: ["Content-Type": "text/plain"], body: Data("Bad user or \(password)\n".utf8))
        }
        var report = GReaderTestServer.makeReport()
        let error = await #expect(throws: SyncError.self) {
            _ = try await GReaderClient.logIn(
                endpoint: server.endpoint, user: "al ice", password: password, runner: server.makeRunner(), report: &report)
        }
        guard case .http(_, 400, let message)? = error else {
            Issue.record("expected HTTP 400, got \(String(describing: error))")
            return
        }
        #expect(message?.contains("letters and digits") == true)
        #expect(message?.contains("Bad user or [redacted]") == true)
        #expect(!String(reflecting: error).contains(password))
    }

    @Test func anAnswerWithoutAuthIsUnexpected() async throws {
        let server = try GReaderTestServer { _, _, _ in GReaderTestServer.html("<html>Login</html>") }
        var report = GReaderTestServer.makeReport()
        await #expect(throws: SyncError.unexpectedAnswer(account: server.endpoint, route: "accounts/ClientLogin", detail: "no login token (Auth) in the answer")) {
            _ = try await GReaderClient.logIn(
                endpoint: server.endpoint, user: "alice", password: "secret", runner: server.makeRunner(), report: &report)
        }
        #expect(server.requests.count == quickRetries.maxAttempts)
    }
}
