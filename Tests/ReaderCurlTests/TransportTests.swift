import Foundation
import ReaderCurl
import ReaderHTTP
import ReaderTestSupport
import Testing

/// Plain exchanges with the loopback server: what goes out and what comes back.
@Suite final class TransportTests: Sendable {
    let server: LoopbackHTTPServer

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test(arguments: TransportKind.allCases)
    func getReturnsStatusBodyAndLowercasedHeaders(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/plain")))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == CannedRoutes.plainBody)
        #expect(response.headers["content-type"] == "text/plain; charset=utf-8")
        #expect(response.headers["etag"] == CannedRoutes.etag)
        #expect(response.header("X-Canned") == "plain")
        #expect(response.headers.keys.allSatisfy { $0 == $0.lowercased() })
        #expect(response.url == server.url("/plain"))
    }

    @Test(arguments: TransportKind.allCases)
    func bytesReceivedCountsHeadersAndBody(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/plain")))
        // The status line and six header fields come on top of the 10-byte body.
        #expect(response.bytesReceived > response.body.count + 100)
    }

    @Test(arguments: TransportKind.allCases)
    func sendsReaderUserAgentAndAcceptsCompressedBodies(_ kind: TransportKind) async throws {
        let transport = kind.make()
        _ = try await transport.send(HTTPRequest(url: server.url("/plain")))
        let headers = try #require(server.requests.first).headers
        let userAgent = try #require(headers["user-agent"])
        #expect(userAgent == kind.defaultUserAgent)
        #expect(userAgent.hasPrefix("Reader/"))
        let encodings = try #require(headers["accept-encoding"])
        for encoding in ["gzip", "deflate"] {
            #expect(encodings.contains(encoding), "Accept-Encoding: \(encodings)")
        }
    }

    @Test func curlNamesLibcurlAndAcceptsBrotliAndZstd() async throws {
        _ = try await CurlTransport().send(HTTPRequest(url: server.url("/plain")))
        let headers = try #require(server.requests.first).headers
        #expect(headers["user-agent"]?.contains("libcurl/") == true)
        let encodings = try #require(headers["accept-encoding"])
        for encoding in ["br", "zstd"] {
            #expect(encodings.contains(encoding), "Accept-Encoding: \(encodings)")
        }
    }

    @Test(arguments: TransportKind.allCases)
    func customUserAgentReplacesTheDefault(_ kind: TransportKind) async throws {
        let custom = kind.make(userAgent: "Reader-Test/9")
        _ = try await custom.send(HTTPRequest(url: server.url("/plain")))
        #expect(server.requests.first?.headers["user-agent"] == "Reader-Test/9")
    }

    @Test(arguments: TransportKind.allCases)
    func sendsRequestHeadersIncludingAuthorization(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let request = HTTPRequest(
            url: server.url("/plain"), headers: ["Authorization": "Bearer s3cret", "Accept": "application/json"])
        _ = try await transport.send(request)
        let headers = try #require(server.requests.first).headers
        #expect(headers["authorization"] == "Bearer s3cret")
        #expect(headers["accept"] == "application/json")
    }

    @Test(arguments: TransportKind.allCases)
    func decodesGzipAndCountsCompressedBytes(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/gzip")))
        #expect(response.headers["content-encoding"] == "gzip")
        #expect(String(decoding: response.body, as: UTF8.self) == CannedRoutes.text)
        // On the wire the body is a small fraction of its decoded size.
        #expect(response.bytesReceived < response.body.count / 4)
    }

    @Test(arguments: TransportKind.allCases)
    func matchingIfNoneMatchGets304WithEmptyBody(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let request = HTTPRequest(url: server.url("/plain"), headers: ["If-None-Match": CannedRoutes.etag])
        let response = try await transport.send(request)
        #expect(server.requests.first?.headers["if-none-match"] == CannedRoutes.etag)
        #expect(response.status == 304)
        #expect(response.body.isEmpty)
        #expect(response.headers["etag"] == CannedRoutes.etag)
        #expect(response.bytesReceived > 0)
    }

    @Test(arguments: TransportKind.allCases)
    func errorStatusIsAResponse(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/missing")))
        #expect(response.status == 404)
    }

    @Test(arguments: TransportKind.allCases)
    func postSendsBodyAndContentType(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let body = Data(#"{"changes":[{"id":"00000000000000ff","read":true}]}"#.utf8)
        let request = HTTPRequest(
            url: server.url("/echo"), method: .post, headers: ["Content-Type": "application/json"], body: body)
        let response = try await transport.send(request)
        let received = try #require(server.requests.first)
        #expect(received.method == "POST")
        #expect(received.body == body)
        #expect(received.headers["expect"] == nil)
        #expect(response.status == 200)
        #expect(response.body == body)
        #expect(response.headers["content-type"] == "application/json")
    }

    @Test(arguments: TransportKind.allCases)
    func postWithoutBodySendsZeroLength(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let response = try await transport.send(HTTPRequest(url: server.url("/echo"), method: .post))
        #expect(server.requests.first?.method == "POST")
        #expect(server.requests.first?.headers["content-length"] == "0")
        #expect(response.body.isEmpty)
    }

    @Test(arguments: TransportKind.allCases)
    func emptyHeaderValueIsSentEmpty(_ kind: TransportKind) async throws {
        let transport = kind.make()
        _ = try await transport.send(HTTPRequest(url: server.url("/plain"), headers: ["X-Empty": ""]))
        #expect(server.requests.first?.headers["x-empty"] == "")
    }

    @Test(arguments: TransportKind.allCases)
    func bodyExactlyAtTheLimitIsAccepted(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let limit = CannedRoutes.plainBody.utf8.count
        let response = try await transport.send(HTTPRequest(url: server.url("/plain"), maxResponseBytes: limit))
        #expect(response.body.count == limit)
    }
}
