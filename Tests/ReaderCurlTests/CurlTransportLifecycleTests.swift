import Foundation
import ReaderCurl
import ReaderHTTP
import ReaderTestSupport
import Testing

/// Connection reuse across requests, and overlapping requests.
@Suite final class CurlTransportLifecycleTests: Sendable {
    let server: LoopbackHTTPServer
    let transport = CurlTransport()

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test func reusesTheConnectionForTheNextRequest() async throws {
        let request = HTTPRequest(url: server.url("/plain"))
        _ = try await transport.send(request)
        _ = try await transport.send(HTTPRequest(url: server.url("/gzip")))
        _ = try await CurlTransport().send(request)
        #expect(server.requests.map(\.connection) == [1, 1, 2])
    }

    @Test func overlappingRequestsAllSucceedAndReuseConnections() async throws {
        let request = HTTPRequest(url: server.url("/gzip"))
        for _ in 0..<2 {
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 { group.addTask { try await self.transport.send(request).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == [200, 200, 200, 200])
        }
        #expect(server.requests.count == 8)
        #expect(Set(server.requests.map(\.connection)).count <= 4)
    }

    @Test func waitingTransfersLeaveTheConcurrencyPoolFree() async throws {
        // More waiting transfers than the machine has cores: if each held a
        // cooperative thread, the last request could not even start. The
        // transport allows a connection for each, and one for the last request.
        let waiting = ProcessInfo.processInfo.activeProcessorCount + 2
        let transport = CurlTransport(maxConnectionsPerHost: waiting + 1, maxConnections: waiting + 1)
        let slow = HTTPRequest(url: server.url("/slow"), totalTimeout: 30)
        let tasks = (0..<waiting).map { _ in Task { await transport.failure(of: slow) } }
        try await waitUntil { self.server.requests.count == waiting }
        let start = ContinuousClock.now
        let response = try await transport.send(HTTPRequest(url: server.url("/plain")))
        #expect(response.status == 200)
        // Behaviour, not speed: far below the 10 s a blocked pool would take, with room for a loaded CI machine.
        #expect(ContinuousClock.now - start < .seconds(8))
        for task in tasks { task.cancel() }
        for task in tasks { #expect(await task.value == .cancelled) }
    }
}
