import Foundation
import ReaderHTTP
import ReaderTestSupport
import ReaderURLSession
import Testing

/// What only ``URLSessionTransport`` needs checking: that its session keeps
/// no cache and no cookies, and its defaults. The exchanges both transports
/// must handle alike run against it in `ReaderCurlTests`.
@Suite final class URLSessionTransportTests: Sendable {
    let server: LoopbackHTTPServer

    init() throws {
        server = try LoopbackHTTPServer { request in
            .response(
                status: 200,
                headers: [
                    "Cache-Control": "public, max-age=3600", "ETag": "\"v1\"", "Set-Cookie": "session=abc; Path=/",
                    "Last-Modified": "Wed, 01 Apr 2020 00:00:00 GMT",
                ],
                body: Data("fresh for an hour".utf8))
        }
    }

    deinit { server.stop() }

    @Test func aCacheableAnswerIsAskedForAgainAndNoCookieIsSentBack() async throws {
        let transport = URLSessionTransport()
        let request = HTTPRequest(url: server.url("/cacheable"))
        let first = try await transport.send(request)
        let second = try await transport.send(request)
        #expect(first.status == 200)
        #expect(second.status == 200)
        #expect(server.requests.count == 2, "no URLCache answers for the server")
        #expect(server.requests.allSatisfy { $0.headers["cookie"] == nil })
        #expect(server.requests.allSatisfy { $0.headers["if-none-match"] == nil && $0.headers["if-modified-since"] == nil })
    }

    @Test func conditionalFieldsGoOutAsGiven() async throws {
        let request = HTTPRequest(
            url: server.url("/cacheable"),
            headers: ["If-None-Match": "\"v0\"", "If-Modified-Since": "Tue, 31 Mar 2020 00:00:00 GMT"])
        _ = try await URLSessionTransport().send(request)
        let sent = try #require(server.requests.first).headers
        #expect(sent["if-none-match"] == "\"v0\"")
        #expect(sent["if-modified-since"] == "Tue, 31 Mar 2020 00:00:00 GMT")
    }

    @Test func theDefaultsAreReadersUserAgentAndTheStandardLowSpeedLimit() async throws {
        let transport = URLSessionTransport()
        #expect(transport.userAgent == URLSessionTransport.defaultUserAgent)
        #expect(transport.lowSpeedLimit == .standard)
        _ = try await transport.send(HTTPRequest(url: server.url("/cacheable")))
        #expect(server.requests.first?.headers["user-agent"] == "Reader/0.1.0 (URLSession)")
    }
}
