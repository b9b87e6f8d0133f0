import ReaderHTTP
import ReaderTestSupport
import Testing

/// Cancelling the calling task: the transfer ends at once, or never starts,
/// and the transport goes on working.
@Suite final class TransportCancellationTests: Sendable {
    let server: LoopbackHTTPServer

    init() throws {
        server = try CannedRoutes.startServer()
    }

    deinit { server.stop() }

    @Test(arguments: TransportKind.allCases)
    func cancellingTheTaskAbortsAWaitingTransferAtOnce(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let task = Task { await transport.failure(of: HTTPRequest(url: server.url("/slow"), totalTimeout: 30)) }
        try await waitUntil { !self.server.requests.isEmpty }
        let cancelledAt = ContinuousClock.now
        task.cancel()
        let error = await task.value
        #expect(error == .cancelled)
        // Behaviour, not speed: well before the slow answer's 10 s.
        #expect(ContinuousClock.now - cancelledAt < .seconds(5))
    }

    @Test(arguments: TransportKind.allCases)
    func cancelledTaskSendsNothing(_ kind: TransportKind) async {
        let transport = kind.make()
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await transport.failure(of: HTTPRequest(url: server.url("/plain")))
        }
        #expect(await task.value == .cancelled)
        #expect(server.requests.isEmpty)
    }

    @Test(arguments: TransportKind.allCases)
    func transportStillWorksAfterACancelledTransfer(_ kind: TransportKind) async throws {
        let transport = kind.make()
        let task = Task { await transport.failure(of: HTTPRequest(url: server.url("/slow"))) }
        try await waitUntil { !self.server.requests.isEmpty }
        task.cancel()
        #expect(await task.value == .cancelled)
        let response = try await transport.send(HTTPRequest(url: server.url("/plain")))
        #expect(response.status == 200)
    }
}
