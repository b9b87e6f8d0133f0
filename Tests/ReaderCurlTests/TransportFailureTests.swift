import Foundation
import ReaderCurl
import ReaderHTTP
import ReaderTestSupport
import Testing

/// Exchanges that produce no response, and the ``TransportError`` each maps to.
@Suite final class TransportFailureTests: Sendable {
    let server: LoopbackHTTPServer

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test(arguments: TransportKind.allCases)
    func closedPortIsConnectionRefusedWithoutLeakingTheToken(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let port = try LoopbackHTTPServer.unusedPort()
        let request = HTTPRequest(url: "http://127.0.0.1:\(port)/", headers: ["Authorization": "Bearer s3cret"])
        let error = try #require(await transport.failure(of: request))
        guard case .connectionRefused(let detail) = error else {
            Issue.record("expected connectionRefused, got \(error)")
            return
        }
        #expect(detail.contains(String(port)))
        #expect(!error.description.contains("s3cret"))
        #expect(error.isTransient)
    }

    @Test(arguments: TransportKind.allCases)
    func unknownHostIsHostNotFound(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let error = try #require(await transport.failure(of: HTTPRequest(url: "http://reader-test.invalid/")))
        guard case .hostNotFound = error else {
            Issue.record("expected hostNotFound, got \(error)")
            return
        }
    }

    @Test(arguments: TransportKind.allCases, ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "http://[::1", "not a url"])
    func unusableURLIsInvalidURL(_ kind: TransportKind, _ url: String) async throws {
        let transport = kind.make()
        let error = try #require(await transport.failure(of: HTTPRequest(url: url)))
        guard case .invalidURL(let detail) = error else {
            Issue.record("expected invalidURL, got \(error)")
            return
        }
        #expect(detail.hasPrefix(url))
    }

    @Test(arguments: TransportKind.allCases)
    func slowAnswerTimesOut(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let start = ContinuousClock.now
        let error = try #require(await transport.failure(of: HTTPRequest(url: server.url("/slow"), totalTimeout: 0.3)))
        guard case .timedOut = error else {
            Issue.record("expected timedOut, got \(error)")
            return
        }
        // The 0.3 s limit fired, not the server's 10 s answer.
        #expect(ContinuousClock.now - start < .seconds(8))
        #expect(error.isTransient)
    }

    @Test(.enabled(if: SelfSignedTLSServer.isAvailable), arguments: TransportKind.allCases)
    func untrustedCertificateIsATLSError(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let tlsServer = try SelfSignedTLSServer()
        defer { tlsServer.stop() }
        let error = try #require(await transport.failure(of: HTTPRequest(url: "https://127.0.0.1:\(tlsServer.port)/")))
        guard case .tls(let detail) = error else {
            Issue.record("expected tls, got \(error)")
            return
        }
        #expect(detail.contains("certificate"), "\(detail)")
        #expect(!error.isTransient)
    }

    @Test(arguments: TransportKind.allCases)
    func truncatedBodyIsANetworkError(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let error = try #require(await transport.failure(of: HTTPRequest(url: server.url("/truncated"))))
        guard case .network(let detail) = error else {
            Issue.record("expected network, got \(error)")
            return
        }
        #expect(detail.contains("900"), "libcurl names the missing bytes: \(detail)")
        #expect(error.isTransient)
    }

    @Test(arguments: TransportKind.allCases, ["/huge", "/huge-stream", "/bomb"])
    func bodyOverTheLimitIsRefused(_ kind: TransportKind, _ path: String) async {
        let transport = kind.make()
        let request = HTTPRequest(url: server.url(path), maxResponseBytes: CannedRoutes.limit)
        let error = await transport.failure(of: request)
        #expect(error == .responseTooLarge(limit: CannedRoutes.limit))
    }

    @Test(arguments: TransportKind.allCases)
    func bodyOneByteOverTheLimitIsRefused(_ kind: TransportKind) async {
        let transport = kind.make()
        let limit = CannedRoutes.plainBody.utf8.count - 1
        let error = await transport.failure(of: HTTPRequest(url: server.url("/plain"), maxResponseBytes: limit))
        #expect(error == .responseTooLarge(limit: limit))
    }

    @Test(arguments: TransportKind.allCases, [["X-Tag": "a\r\nX-Injected: 1"], ["X-Tag\r\nX-Injected": "1"], ["Bad Name": "1"]])
    func headerThatCouldSmuggleAnotherIsRefused(_ kind: TransportKind, _ headers: [String: String]) async throws {
        let transport = kind.make()
        let error = try #require(await transport.failure(of: HTTPRequest(url: server.url("/plain"), headers: headers)))
        guard case .network = error else {
            Issue.record("expected network, got \(error)")
            return
        }
        #expect(!error.description.contains("Injected"))
        #expect(server.requests.isEmpty)
    }
}
