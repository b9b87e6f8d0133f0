import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Synchronization
import Testing

/// Issue 10: a server whose article or state stream never gets anywhere ends
/// the sync with "the server repeats itself" (or at the page cap) instead of
/// being asked forever; what it sent is stored.
@Suite struct RepeatingServerTests {
    /// Syncs the loopback endpoint that `route` serves, as a new source, and
    /// returns the error, the requests it took and the library.
    static func syncFailing(
        _ route: @escaping @Sendable (LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply
    ) async throws -> (error: SyncError?, requests: Int, library: ReaderLibrary, url: String) {
        let server = try LoopbackHTTPServer(route: route)
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport(), policy: quickRetries)
        let url = server.url("/api")
        let error = await failure { try await library.addSourceAndSync(url: url) }
        return (error, server.requests.count, library, url)
    }

    /// The error `sync` fails with, or `nil` after recording an issue if it
    /// succeeds or is still asking after 60 s (a generous bound: a server
    /// asked forever would outlive it).
    static func failure(of sync: @escaping @Sendable () async throws -> SyncReport) async -> SyncError? {
        let task = Task { try await sync() }
        let watchdog = Task {
            try await Task.sleep(for: .seconds(60))
            task.cancel()
        }
        defer { watchdog.cancel() }
        do {
            let report = try await task.value
            Issue.record("expected the sync to fail: \(report)")
            return nil
        } catch {
            #expect(error as? SyncError != .cancelled, "still asking after 60 s")
            return error as? SyncError
        }
    }

    static func repeatsItself(_ error: SyncError?) -> Bool {
        if case .serverRepeatsItself = error { return true }
        return false
    }

    @Test func aPageWhoseNextCursorIsTheOneItWasAskedWithEndsTheSync() async throws {
        let (error, requests, library, _) = try await Self.syncFailing(
            LoopbackEndpoint.route { cursor in LoopbackEndpoint.page([1, 2], next: "c1", hasMore: true) })
        #expect(Self.repeatsItself(error), "\(String(describing: error))")
        #expect(error?.description.contains("the server repeats itself") == true)
        #expect(requests <= 4, "discovery and two pages, and perhaps one prefetched: \(requests)")
        #expect(try await library.store.articles(ArticleQuery()).count == 2, "what it sent is stored")
    }

    @Test func cursorsThatGoRoundInACircleEndTheSync() async throws {
        let (error, requests, _, _) = try await Self.syncFailing(
            LoopbackEndpoint.route { cursor in
                let number = Int(cursor ?? "0")!
                return LoopbackEndpoint.page([number + 1], next: String((number + 1) % 3), hasMore: true)
            })
        #expect(Self.repeatsItself(error), "\(String(describing: error))")
        #expect(requests <= 6, "\(requests)")
    }

    @Test func freshCursorsOverTheSameArticlesEndTheSync() async throws {
        let (error, requests, library, url) = try await Self.syncFailing(
            LoopbackEndpoint.route { cursor in
                LoopbackEndpoint.page(1...3, next: String(Int(cursor ?? "0")! + 1), hasMore: true)
            })
        #expect(Self.repeatsItself(error), "\(String(describing: error))")
        #expect(requests <= 7, "the first page and 3 that bring nothing new: \(requests)")
        #expect(try await library.store.articles(ArticleQuery()).count == 3)
        #expect(try await library.store.source(url: url)?.lastError?.contains("brought nothing") == true)
    }

    @Test func aStateStreamThatLoopsEndsTheSync() async throws {
        let change = StateChange(
            remoteID: "a-1", field: .read, value: true, clock: HybridLogicalClock(ms: 1_587_369_600_000, counter: 0, device: "d"))
        let (error, requests, library, _) = try await Self.syncFailing(
            LoopbackEndpoint.route(
                articles: { _ in LoopbackEndpoint.page([1], next: "end", hasMore: false) },
                state: { cursor in LoopbackEndpoint.json(SyncWire.StatePage(changes: [change], nextCursor: "s1", hasMore: true)) }))
        #expect(Self.repeatsItself(error), "\(String(describing: error))")
        #expect(error?.description.contains("state page") == true, "\(String(describing: error))")
        #expect(requests <= 6, "\(requests)")
        #expect(try await library.store.articles(ArticleQuery()).count == 1)
    }

    @Test func aCursorExpiredMidSyncRestartsTheStreamOverArticlesThisSyncHadAndEnds() async throws {
        let expired = Mutex(false)
        let server = try LoopbackHTTPServer(
            route: LoopbackEndpoint.route { cursor in
                let start = Int(cursor ?? "0")!
                if start == 12, !expired.withLock({ $0 }) {
                    expired.withLock { $0 = true }
                    let body = try! JSONEncoder().encode(SyncWire.ErrorBody(code: "cursor_expired", message: "too old"))
                    return .response(status: 410, body: body)
                }
                let end = min(start + 3, 18)
                return LoopbackEndpoint.page((start + 1)..<(end + 1), next: String(end), hasMore: end < 18)
            })
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport(), policy: quickRetries)
        let report = try await library.addSourceAndSync(url: server.url("/api"))
        #expect(report.restarts == 1)
        #expect(report.articles == ApplyResult(new: 18, unchanged: 12), "pages 1-4 again after the restart")
        let head = try await library.sync(try #require(try await library.store.source(url: server.url("/api"))))
        #expect(head.articles == ApplyResult(), "at the head: the same cursor and has_more false is fine")
    }

    @Test func aStreamThatNeverEndsStopsAtThePageCap() async throws {
        let transport = ScriptedTransport { request, _ in
            let components = URLComponents(string: request.url)
            guard components?.path == "/api/v1/articles" else { return FakeEndpoint(articles: []).answer(request) }
            let number = Int(components?.queryItems?.first { $0.name == "cursor" }?.value ?? "0")! + 1
            let page = SyncWire.ArticlePage(
                articles: [FakeEndpoint.article(number)], deleted: [], nextCursor: String(number), hasMore: true)
            return ScriptedTransport.json(page, for: request, encoder: SyncWire.makeEncoder())
        }
        let library = try ReaderLibrary.makeInMemory(transport: transport, policy: quickRetries)
        let error = await Self.failure { try await library.addSourceAndSync(url: FakeEndpoint.url) }
        #expect(error == .tooManyPages(source: FakeEndpoint.url, limit: SyncEngine.maxPagesPerSync))
        let saved = try #require(try await library.store.source(url: FakeEndpoint.url))
        #expect(saved.articleCursor == String(SyncEngine.maxPagesPerSync), "every page stored, the next sync goes on")
    }
}
