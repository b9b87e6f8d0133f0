import Foundation
import ReaderHTTP
import ReaderTestSupport
import Testing

@testable import ReaderCurl

/// One multi handle per transport: many transfers at once over a few
/// kept-alive connections, and one transfer cancelled or timed out without
/// disturbing the others.
@Suite final class CurlTransportLoopTests: Sendable {
    /// The transport's limit per host, written out so that the test states it.
    static let connectionsPerHost = 4

    let server: LoopbackHTTPServer
    let transport = CurlTransport(maxConnectionsPerHost: connectionsPerHost)

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test func manyConcurrentRequestsShareAFewKeptAliveConnections() async throws {
        let count = 40
        let bodies = try await withThrowingTaskGroup(of: (Int, Int, String).self) { group in
            for index in 0..<count {
                group.addTask {
                    let request = HTTPRequest(url: self.server.url("/delayed/50/\(index)"))
                    let response = try await self.transport.send(request)
                    return (index, response.status, String(decoding: response.body, as: UTF8.self))
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = ($1.1, $1.2) }
        }
        #expect(bodies.count == count)
        for (index, (status, body)) in bodies {
            #expect(status == 200)
            #expect(body == String(index))
        }
        #expect(server.requests.count == count)
        // Side by side, but never more than the limit, and each connection kept for the next request.
        #expect(server.mostOpenConnections > 1)
        #expect(server.mostOpenConnections <= Self.connectionsPerHost)
        #expect(server.acceptedConnections <= Self.connectionsPerHost)
    }

    @Test func sequentialRequestsReuseOneConnection() async throws {
        for path in ["/plain", "/gzip", "/delayed/10/a", "/echo", "/plain"] {
            let response = try await transport.send(HTTPRequest(url: server.url(path)))
            #expect(response.status == 200)
        }
        #expect(server.requests.count == 5)
        #expect(server.acceptedConnections == 1)
    }

    @Test func cancellingOneTransferLeavesTheOthersRunning() async throws {
        let stalled = Task { await transport.failure(of: HTTPRequest(url: server.url("/slow"), totalTimeout: 30)) }
        let others = (0..<3).map { index in
            Task { try await transport.send(HTTPRequest(url: server.url("/delayed/500/\(index)"))) }
        }
        // All four are on the wire, the other three half a second from their answers.
        try await waitUntil { self.server.requests.count == 4 }
        let cancelledAt = ContinuousClock.now
        stalled.cancel()
        #expect(await stalled.value == .cancelled)
        let cancellationTook = ContinuousClock.now - cancelledAt
        for (index, task) in others.enumerated() {
            let response = try await task.value
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == String(index))
        }
        // Behaviour, not speed: far below the stalled answer's 10 s, with room for a loaded machine.
        #expect(cancellationTook < .seconds(1), "cancelling took \(cancellationTook)")
    }

    @Test func stalledTransferTimesOutWhileAConcurrentOneSucceeds() async throws {
        let start = ContinuousClock.now
        let stalled = Task {
            let error = await self.transport.failure(of: HTTPRequest(url: self.server.url("/slow"), totalTimeout: 1))
            return (error, ContinuousClock.now)
        }
        // The stalled request goes first, so the fast one cannot be queued behind it unnoticed.
        try await waitUntil { !self.server.requests.isEmpty }
        let fast = try await transport.send(HTTPRequest(url: server.url("/plain")))
        let fastDone = ContinuousClock.now
        let (error, stalledDone) = await stalled.value
        #expect(fast.status == 200)
        guard case .timedOut = error else {
            Issue.record("expected timedOut, got \(String(describing: error))")
            return
        }
        #expect(fastDone < stalledDone)
        // The 1 s limit fired, not the server's 10 s answer.
        #expect(stalledDone - start < .seconds(8))
    }

    @Test func requestWaitingForAFreeConnectionTimesOutOnTime() async throws {
        let transport = CurlTransport(maxConnectionsPerHost: 1)
        let stalled = Task { await transport.failure(of: HTTPRequest(url: self.server.url("/slow"), totalTimeout: 30)) }
        try await waitUntil { !self.server.requests.isEmpty }
        // The only connection to the host stays busy for 10 s.
        let start = ContinuousClock.now
        let error = try #require(await transport.failure(of: HTTPRequest(url: server.url("/plain"), totalTimeout: 1)))
        let waited = ContinuousClock.now - start
        stalled.cancel()
        guard case .timedOut = error else {
            Issue.record("expected timedOut, got \(error)")
            return
        }
        #expect(server.requests.count == 1)
        // Its own 1 s limit (and the loop's grace), not the end of the stalled answer.
        #expect(waited < .seconds(5), "waited \(waited)")
        #expect(await stalled.value == .cancelled)
    }

    @Test func releasingTheTransportEndsItsLoopThread() async throws {
        var transport: CurlTransport? = CurlTransport()
        let response = try await transport?.send(HTTPRequest(url: server.url("/plain")))
        #expect(response?.status == 200)
        // The loop thread holds the loop until it ends, so the loop outlives
        // the transport exactly as long as the thread runs.
        weak let loop = transport?.loop
        #expect(loop != nil)
        transport = nil
        try await waitUntil { loop == nil }
    }
}
