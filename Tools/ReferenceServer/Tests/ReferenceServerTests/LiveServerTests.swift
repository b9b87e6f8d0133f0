import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderCurl
import ReaderHTTP
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Live server through CurlTransport")
struct LiveServerTests {
    private static func request(_ url: String, token: String = TestTokens.api, body: Data? = nil)
        -> ReaderHTTP.HTTPRequest
    {
        ReaderHTTP.HTTPRequest(
            url: url, method: body == nil ? .get : .post,
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"], body: body)
    }

    @Test("a full sync over a real socket: pages, gzip, state push and pull")
    func fullSync() async throws {
        try await withServer(.live, configure: { configuration, _ in
            configuration.corpusCount = 600
            configuration.token = TestTokens.api
        }) { client in
            let base = "http://localhost:\(try #require(client.port))"
            let transport = CurlTransport()
            let discovery = try await transport.send(Self.request("\(base)/api/"))
            #expect(try SyncWire.makeDecoder().decode(SyncWire.Discovery.self, from: discovery.body).version == 1)

            var stream = ReplayedStream()
            var compressed = false
            repeat {
                let url = "\(base)/api/v1/articles?limit=250" + (stream.cursor.map { "&cursor=\($0)" } ?? "")
                let response = try await transport.send(Self.request(url))
                try #require(response.status == 200)
                compressed = compressed || response.header("content-encoding") == "gzip"
                let page = try SyncWire.makeDecoder().decode(SyncWire.ArticlePage.self, from: response.body)
                stream.apply(page)
                if !page.hasMore { break }
            } while stream.pages < 10
            #expect(stream.pages == 3)
            #expect(stream.articles.count == 600)
            #expect(compressed)

            let push = SyncWire.StatePush(device: "phone", changes: [change("c1-1", .read, true, ms: 42)])
            let pushed = try await transport.send(
                Self.request("\(base)/api/v1/state", body: try SyncWire.makeEncoder().encode(push)))
            #expect(pushed.status == 200)
            let state = try await transport.send(Self.request("\(base)/api/v1/state"))
            let page = try SyncWire.makeDecoder().decode(SyncWire.StatePage.self, from: state.body)
            #expect(page.changes == push.changes)
        }
    }

    @Test("a truncated body is a transport error for the client; without the fault the same request succeeds")
    func truncatedBodies() async throws {
        try await withServer(.live, configure: { configuration, _ in configuration.corpusCount = 50 }) { client in
            let base = "http://localhost:\(try #require(client.port))"
            let transport = CurlTransport()
            let put = try await client.execute(
                uri: "/admin/faults", method: .put, headers: .admin, body: ByteBuffer(string: #"{"truncate_rate": 1}"#))
            #expect(put.status == .ok)
            await #expect(throws: TransportError.self) {
                _ = try await transport.send(Self.request("\(base)/api/v1/articles"))
            }
            _ = try await client.execute(
                uri: "/admin/faults", method: .put, headers: .admin, body: ByteBuffer(string: "{}"))
            let whole = try await transport.send(Self.request("\(base)/api/v1/articles"))
            #expect(whole.status == 200)
            #expect(try SyncWire.makeDecoder().decode(SyncWire.ArticlePage.self, from: whole.body).articles.count == 50)
        }
    }
}
