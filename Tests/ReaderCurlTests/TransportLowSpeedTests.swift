import Foundation
import ReaderCurl
import ReaderHTTP
import ReaderTestSupport
import Testing

/// Issue 10: a body that trickles ends at the low-speed limit, not after the
/// request's whole timeout.
@Suite struct TransportLowSpeedTests {
    @Test(arguments: TransportKind.allCases)
    func aTricklingBodyIsAbortedAsTooSlow(_ kind: TransportKind) async throws {
        let server = try LoopbackHTTPServer { _ in .trickle(body: Data(repeating: 65, count: 1000), interval: 0.5) }
        defer { server.stop() }
        let transport = kind.make(lowSpeedLimit: .init(bytesPerSecond: 100, seconds: 1))
        let start = ContinuousClock.now
        // At 2 bytes a second the body would take 500 s, past the 20 s the request allows.
        let error = await transport.failure(of: HTTPRequest(url: server.url("/trickle"), totalTimeout: 20))
        #expect(error == .tooSlow(bytesPerSecond: 100, seconds: 1))
        #expect(error?.isTransient == true)
        #expect(ContinuousClock.now - start < .seconds(15), "the speed check fired, not the total timeout")
    }

    @Test(arguments: TransportKind.allCases)
    func aBodyFasterThanTheLimitArrives(_ kind: TransportKind) async throws {
        let body = Data(repeating: 66, count: 20)
        let server = try LoopbackHTTPServer { _ in .trickle(body: body, interval: 0.01) }
        defer { server.stop() }
        let transport = kind.make(lowSpeedLimit: .init(bytesPerSecond: 10, seconds: 1))
        let response = try await transport.send(HTTPRequest(url: server.url("/steady")))
        #expect(response.body == body)
    }

    @Test func theDefaultLimitIsUnder1KBPerSecondFor30Seconds() {
        #expect(CurlTransport().lowSpeedLimit == .init(bytesPerSecond: 1024, seconds: 30))
        #expect(TransportError.tooSlow(bytesPerSecond: 1024, seconds: 30).description == "too slow (under 1024 bytes/s for 30 s)")
    }
}
