import ReaderCurl
import ReaderHTTP
import ReaderTestSupport
import Testing

/// Redirects: followed up to five times, over http and https only, and only
/// the final response is reported.
@Suite final class TransportRedirectTests: Sendable {
    let server: LoopbackHTTPServer

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test(arguments: TransportKind.allCases)
    func followsChainAndReportsOnlyTheFinalResponse(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/redirect/2")))
        #expect(server.requests.map(\.path) == ["/redirect/2", "/redirect/1", "/redirect/0", "/plain"])
        #expect(response.status == 200)
        #expect(response.url == server.url("/plain"))
        #expect(String(decoding: response.body, as: UTF8.self) == CannedRoutes.plainBody)
        #expect(response.headers["x-canned"] == "plain")
        #expect(response.headers["x-hop"] == nil)
        #expect(response.headers["location"] == nil)
    }

    @Test(arguments: TransportKind.allCases)
    func bytesReceivedCountsTheHeadersOfEveryHop(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let direct = try await transport.send(HTTPRequest(url: server.url("/plain")))
        let redirected = try await transport.send(HTTPRequest(url: server.url("/redirect/2")))
        #expect(redirected.body == direct.body)
        // Three 302s, each with a status line and four fields, come before the same answer.
        #expect(redirected.bytesReceived > direct.bytesReceived + 3 * 60)
    }

    @Test(arguments: TransportKind.allCases)
    func followsFiveRedirects(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/redirect/4")))
        #expect(server.requests.count == 6)
        #expect(response.status == 200)
    }

    @Test(arguments: TransportKind.allCases)
    func refusesTheSixthRedirect(_ kind: TransportKind) async {
        let transport = kind.make()
        let error = await transport.failure(of: HTTPRequest(url: server.url("/redirect/5")))
        #expect(error == .tooManyRedirects)
        #expect(server.requests.count == 6)
    }

    @Test(arguments: TransportKind.allCases)
    func stopsARedirectLoop(_ kind: TransportKind) async {
        let transport = kind.make()
        let error = await transport.failure(of: HTTPRequest(url: server.url("/loop")))
        #expect(error == .tooManyRedirects)
    }

    @Test(arguments: TransportKind.allCases)
    func refusesRedirectToFileScheme(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let error = try #require(await transport.failure(of: HTTPRequest(url: server.url("/to-file"))))
        guard case .invalidURL = error else {
            Issue.record("expected invalidURL, got \(error)")
            return
        }
        #expect(!error.isTransient)
        #expect(server.requests.count == 1)
    }

    @Test(arguments: TransportKind.allCases)
    func keepsAuthorizationFromAnotherHost(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let request = HTTPRequest(url: server.url("/to-other-host"), headers: ["Authorization": "Bearer s3cret"])
        let response = try await transport.send(request)
        let requests = server.requests
        try #require(requests.count == 2)
        #expect(response.status == 200)
        #expect(response.url.hasPrefix("http://localhost:"))
        #expect(requests[0].headers["authorization"] == "Bearer s3cret")
        #expect(requests[1].headers["host"]?.hasPrefix("localhost:") == true)
        #expect(requests[1].headers["authorization"] == nil)
    }
}
