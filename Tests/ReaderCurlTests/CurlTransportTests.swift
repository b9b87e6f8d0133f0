import Foundation
import ReaderCurl
import ReaderHTTP
import ReaderTestSupport
import Testing

/// Plain exchanges with the loopback server: what goes out and what comes back.
@Suite final class CurlTransportTests: Sendable {
    let server: LoopbackHTTPServer
    let transport = CurlTransport()

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test func getReturnsStatusBodyAndLowercasedHeaders() async throws {
        let response = try await transport.send(HTTPRequest(url: server.url("/plain")))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == CannedRoutes.plainBody)
        #expect(response.headers["content-type"] == "text/plain; charset=utf-8")
        #expect(response.headers["etag"] == CannedRoutes.etag)
        #expect(response.header("X-Canned") == "plain")
        #expect(response.headers.keys.allSatisfy { $0 == $0.lowercased() })
        #expect(response.url == server.url("/plain"))
    }

    @Test func bytesReceivedCountsHeadersAndBody() async throws {
        let response = try await transport.send(HTTPRequest(url: server.url("/plain")))
        // The status line and six header fields come on top of the 10-byte body.
        #expect(response.bytesReceived > response.body.count + 100)
    }

    @Test func sendsReaderUserAgentAndAcceptsEveryEncoding() async throws {
        _ = try await transport.send(HTTPRequest(url: server.url("/plain")))
        let headers = try #require(server.requests.first).headers
        let userAgent = try #require(headers["user-agent"])
        #expect(userAgent == CurlTransport.defaultUserAgent)
        #expect(userAgent.hasPrefix("Reader/"))
        #expect(userAgent.contains("libcurl/"))
        let encodings = try #require(headers["accept-encoding"])
        for encoding in ["gzip", "deflate", "br", "zstd"] {
            #expect(encodings.contains(encoding), "Accept-Encoding: \(encodings)")
        }
    }

    @Test func customUserAgentReplacesTheDefault() async throws {
        let custom = CurlTransport(userAgent: "Reader-Test/9")
        _ = try await custom.send(HTTPRequest(url: server.url("/plain")))
        #expect(server.requests.first?.headers["user-agent"] == "Reader-Test/9")
    }

    @Test func sendsRequestHeadersIncludingAuthorization() async throws {
        let request = HTTPRequest(
            url: server.url("/plain"), headers: ["Authorization": "Bearer s3cret", "Accept": "application/json"])
        _ = try await transport.send(request)
        let headers = try #require(server.requests.first).headers
        #expect(headers["authorization"] == "Bearer s3cret")
        #expect(headers["accept"] == "application/json")
    }

    @Test func decodesGzipAndCountsCompressedBytes() async throws {
        let response = try await transport.send(HTTPRequest(url: server.url("/gzip")))
        #expect(response.headers["content-encoding"] == "gzip")
        #expect(String(decoding: response.body, as: UTF8.self) == CannedRoutes.text)
        // On the wire the body is a small fraction of its decoded size.
        #expect(response.bytesReceived < response.body.count / 4)
    }

    @Test func matchingIfNoneMatchGets304WithEmptyBody() async throws {
        let request = HTTPRequest(url: server.url("/plain"), headers: ["If-None-Match": CannedRoutes.etag])
        let response = try await transport.send(request)
        #expect(server.requests.first?.headers["if-none-match"] == CannedRoutes.etag)
        #expect(response.status == 304)
        #expect(response.body.isEmpty)
        #expect(response.headers["etag"] == CannedRoutes.etag)
        #expect(response.bytesReceived > 0)
    }

    @Test func errorStatusIsAResponse() async throws {
        let response = try await transport.send(HTTPRequest(url: server.url("/missing")))
        #expect(response.status == 404)
    }

    @Test func postSendsBodyAndContentType() async throws {
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

    @Test func postWithoutBodySendsZeroLength() async throws {
        let response = try await transport.send(HTTPRequest(url: server.url("/echo"), method: .post))
        #expect(server.requests.first?.method == "POST")
        #expect(server.requests.first?.headers["content-length"] == "0")
        #expect(response.body.isEmpty)
    }

    @Test func emptyHeaderValueIsSentEmpty() async throws {
        _ = try await transport.send(HTTPRequest(url: server.url("/plain"), headers: ["X-Empty": ""]))
        #expect(server.requests.first?.headers["x-empty"] == "")
    }

    @Test func bodyExactlyAtTheLimitIsAccepted() async throws {
        let limit = CannedRoutes.plainBody.utf8.count
        let response = try await transport.send(HTTPRequest(url: server.url("/plain"), maxResponseBytes: limit))
        #expect(response.body.count == limit)
    }
}
