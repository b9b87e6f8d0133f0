import Foundation
import ReaderCore
import ReaderTestSupport
import Synchronization
import Testing

/// The push path's answer to 400 `clock_ahead`: re-stamp by the server's time
/// and post again, a bounded number of times.
@Suite struct ClockAheadTests {
    static let serverMS = HybridLogicalClock.ms(of: FakeEndpoint.day)
    static let fast = FakeEndpoint.day.addingTimeInterval(86_400)

    /// An endpoint with one article that refuses pushes as `refuse` says, and
    /// records the clocks of every push.
    private func sync(refuse: @escaping @Sendable ([StateChange]) -> Data?) async throws
        -> (ArticleStore, Result<SyncReport, SyncError>, [[StateChange]])
    {
        let endpoint = FakeEndpoint(articles: [FakeEndpoint.article(1)])
        let transport = ScriptedTransport { request, _ in
            guard request.method == .post else { return endpoint.answer(request) }
            let push = try? SyncWire.makeDecoder().decode(SyncWire.StatePush.self, from: request.body ?? Data())
            if let refusal = refuse(push?.changes ?? []) {
                return .success(HTTPResponse(status: 400, body: refusal, url: request.url))
            }
            return endpoint.answer(request)
        }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: transport, policy: quickRetries, wallClock: { Self.fast })
        let source = try await store.addSource(url: FakeEndpoint.url)
        _ = try await engine.sync(source)
        let article = ArticleID(sourceURL: FakeEndpoint.url, remoteID: "a-1")
        try await store.setFlag(.read, to: true, for: [article], now: Self.fast)
        let synced = try #require(try await store.source(url: FakeEndpoint.url))
        let result: Result<SyncReport, SyncError>
        do {
            result = .success(try await engine.sync(synced))
        } catch {
            result = .failure(error)
        }
        let pushes = await transport.requests.filter { $0.method == .post }.compactMap { request in
            try? SyncWire.makeDecoder().decode(SyncWire.StatePush.self, from: request.body ?? Data()).changes
        }
        return (store, result, pushes)
    }

    private static func clockAhead(serverMS: Int64? = serverMS, code: String = "clock_ahead") -> Data {
        (try? JSONEncoder().encode(SyncWire.ErrorBody(code: code, message: "ahead", serverMS: serverMS))) ?? Data()
    }

    @Test("a refused push is re-stamped by the server's time and posted again")
    func restampsAndRetries() async throws {
        let (store, result, pushes) = try await sync { changes in
            changes.contains { $0.clock.ms > Self.serverMS + 300_000 } ? Self.clockAhead() : nil
        }
        let report = try result.get()
        #expect(report.stateRestamped == 1 && report.statePushed == 1)
        #expect(pushes.count == 2)
        #expect(pushes[1].map(\.clock.ms) == [Self.serverMS])
        #expect(try await store.outboxCount() == 0)
        #expect(try await store.deviceClock().offsetMS == -86_400_000)
    }

    @Test("a server that keeps refusing ends the sync after two re-stamps, with its message")
    func refusingForever() async throws {
        // Each refusal says an earlier time, so each re-stamp has something to do.
        let refusals = Mutex(0)
        let (store, result, pushes) = try await sync { _ in
            let hours = refusals.withLock { count in
                count += 1
                return Int64(count)
            }
            return Self.clockAhead(serverMS: Self.serverMS - hours * 3_600_000)
        }
        guard case .failure(.http(_, 400, let message)) = result else {
            Issue.record("expected an HTTP 400 failure, got \(result)")
            return
        }
        #expect(message == "ahead")
        #expect(pushes.count == 3, "the first post and two re-stamped ones")
        #expect(try await store.outboxCount() == 1, "the change stays queued")
    }

    @Test("a 400 that is not clock_ahead, or has no server_ms, fails at once", arguments: [
        clockAhead(code: "bad_request"), clockAhead(serverMS: nil),
    ])
    func otherRefusals(body: Data) async throws {
        let (_, result, pushes) = try await sync { _ in body }
        guard case .failure(.http(_, 400, _)) = result else {
            Issue.record("expected an HTTP 400 failure, got \(result)")
            return
        }
        #expect(pushes.count == 1)
    }

    @Test("a refusal whose server time leaves nothing ahead fails instead of posting the same again")
    func nothingAhead() async throws {
        let (_, result, pushes) = try await sync { _ in Self.clockAhead(serverMS: Self.serverMS + 86_400_000) }
        guard case .failure(.http(_, 400, _)) = result else {
            Issue.record("expected an HTTP 400 failure, got \(result)")
            return
        }
        #expect(pushes.count == 1)
    }
}
