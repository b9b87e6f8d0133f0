import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// Issue 10: a source's sync ends within the policy's time limits, whatever
/// the server does: a body that trickles, answers that each take their time,
/// `Retry-After` again and again.
@Suite struct TimeLimitTests {
    /// Retries as fast as the tests allow and as many as they could want:
    /// only the time limits end them.
    static func endlessRetries(requestTimeLimit: TimeInterval = 120, sourceTimeLimit: TimeInterval = 600) -> RetryPolicy {
        RetryPolicy(
            maxAttempts: 1000, baseDelay: 0.001, maxDelay: 0.01, retryAfterCap: 5, requestTimeLimit: requestTimeLimit,
            sourceTimeLimit: sourceTimeLimit)
    }

    @Test func aTricklingBodyFailsAsTooSlowWithinTheRequestTimeLimit() async throws {
        let server = try LoopbackHTTPServer { _ in .trickle(body: Data(repeating: 65, count: 1000), interval: 0.5) }
        defer { server.stop() }
        let transport = CurlTransport(lowSpeedLimit: .init(bytesPerSecond: 100, seconds: 1))
        let library = try ReaderLibrary.makeInMemory(transport: transport, policy: Self.endlessRetries(requestTimeLimit: 3))
        let start = ContinuousClock.now
        let error = await #expect(throws: SyncError.self) { try await library.addSourceAndSync(url: server.url("/feed.xml")) }
        #expect(ContinuousClock.now - start < .seconds(30), "1000 attempts of 1 s would take 1000 s")
        guard case .retriesExhausted(_, let cause) = error else {
            Issue.record("expected the request to give up: \(String(describing: error))")
            return
        }
        #expect(cause == TransportError.tooSlow(bytesPerSecond: 100, seconds: 1).description)
        #expect((2...8).contains(server.requests.count), "retried within 3 s: \(server.requests.count) requests")
    }

    @Test func aSyncOfPagesThatEachTakeTheirTimeEndsAtTheSourceTimeLimitKeepingItsPages() async throws {
        let server = try LoopbackHTTPServer(
            route: LoopbackEndpoint.route { cursor in
                let number = Int(cursor ?? "0")! + 1
                return .delayed(seconds: 0.3, reply: LoopbackEndpoint.page([number], next: String(number), hasMore: number < 200))
            })
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(
            transport: CurlTransport(), policy: Self.endlessRetries(sourceTimeLimit: 2))
        let url = server.url("/api")
        let start = ContinuousClock.now
        let error = await #expect(throws: SyncError.self) { try await library.addSourceAndSync(url: url) }
        #expect(ContinuousClock.now - start < .seconds(20), "200 pages of 0.3 s would take 60 s")
        #expect(error == .timeLimitReached(source: url, seconds: 2))
        let stored = try await library.store.articles(ArticleQuery(limit: 500)).count
        #expect(stored > 0 && stored < 200, "\(stored) pages stored")
        let source = try #require(try await library.store.source(url: url), "it stored pages, so it stays")
        #expect(source.articleCursor == String(stored))
        #expect(source.lastError?.contains("gave up after 2 s") == true, "\(source.lastError ?? "no error")")
    }

    @Test func retryAfterAgainAndAgainEndsAtTheRequestTimeLimitAsTheServerAskingToWait() async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: 429, headers: ["Retry-After": "1"]) }
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(
            transport: CurlTransport(), policy: Self.endlessRetries(requestTimeLimit: 3))
        let source = try await library.store.addSource(url: server.url("/feed.xml"))
        let start = ContinuousClock.now
        let error = await #expect(throws: SyncError.self) { try await library.sync(source) }
        #expect(ContinuousClock.now - start < .seconds(30), "1000 waits of 1 s would take 1000 s")
        guard case .serverAskedToWait(_, 429, let until) = error else {
            Issue.record("expected the server's wait to end the sync: \(String(describing: error))")
            return
        }
        #expect(abs(until.timeIntervalSinceNow) < 5)
        #expect((2...4).contains(server.requests.count), "\(server.requests.count) requests")
    }

    @Test(arguments: ["inf", "nan", "-5", "1e300", "soon"])
    func aRetryAfterThatIsNoSaneNumberOfSecondsIsReadAsSuch(value: String) {
        let seconds = RetryPolicy.retryAfterSeconds(value)
        #expect(seconds.map { $0.isFinite && $0 >= 0 && $0 <= RetryPolicy.longestRetryAfter } ?? true, "\(value) → \(String(describing: seconds))")
    }
}
