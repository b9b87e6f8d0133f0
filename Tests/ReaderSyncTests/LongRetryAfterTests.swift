import Foundation
import Synchronization
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// Issue 10: `429` with `Retry-After: 86400` ends the sync at once with
/// ``SyncError/serverAskedToWait(source:status:until:)``, on the very first
/// request, on a Sync API page and on a plain feed, and later refreshes
/// leave the source alone until then.
@Suite struct LongRetryAfterTests {
    /// Where the server starts answering 429.
    enum Where: String, CaseIterable, CustomTestStringConvertible {
        /// The first request of a new URL.
        case firstRequest
        /// An article page of a Sync API endpoint that answered discovery.
        case articlePage
        /// A plain feed synced once before.
        case plainFeed
        var testDescription: String { rawValue }
    }

    /// The `Retry-After` forms of one day.
    static let aDay = ["86400", "HTTP date"]

    static func retryAfter(_ form: String) -> String {
        guard form == "HTTP date" else { return form }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: Date().addingTimeInterval(86_400))
    }

    @Test(arguments: Where.allCases, aDay)
    func aDaysRetryAfterEndsTheSyncAtOnceAndIsHonoured(at place: Where, form: String) async throws {
        let busy = Mutex(place == .firstRequest)
        let feed = try Fixtures.data("feeds/rss/seeds.xml")
        let value = Self.retryAfter(form)
        let server = try LoopbackHTTPServer { request in
            if busy.withLock({ $0 }) || (place == .articlePage && request.path.hasPrefix("/api/v1/articles")) {
                return .response(status: 429, headers: ["Retry-After": value])
            }
            return place == .plainFeed
                ? .response(status: 200, headers: ["Content-Type": "application/rss+xml"], body: feed)
                : LoopbackEndpoint.route { _ in LoopbackEndpoint.page([1], next: "1", hasMore: false) }(request)
        }
        defer { server.stop() }
        // Slow retries: were a wait of a day capped and retried, the sync would take minutes.
        let policy = RetryPolicy(maxAttempts: 6, baseDelay: 5, maxDelay: 30, retryAfterCap: 30)
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport(), policy: policy)
        let url = server.url(place == .plainFeed ? "/feed.xml" : "/api")
        switch place {
        case .firstRequest: break
        case .articlePage: _ = try await library.store.addSource(url: url)  // saved before: it stays
        case .plainFeed:
            #expect(try await library.addSourceAndSync(url: url).articles.new == 2)
            busy.withLock { $0 = true }
        }
        let before = server.requests.count
        let start = ContinuousClock.now
        let error = await #expect(throws: SyncError.self) { try await library.addSourceAndSync(url: url) }
        #expect(ContinuousClock.now - start < .seconds(10))
        guard case .serverAskedToWait(url, 429, let until) = error else {
            Issue.record("expected the server's wait to end the sync: \(String(describing: error))")
            return
        }
        #expect(abs(until.timeIntervalSinceNow - 86_400) < 120)
        #expect(server.requests.count - before == (place == .articlePage ? 2 : 1), "no retry: \(server.requests.map(\.path))")

        if place == .firstRequest {
            #expect(try await library.store.source(url: url) == nil, "a new URL whose first sync failed is not kept")
            // Saved first (`reader feeds add`), its first request meets the same wait, which is kept.
            let added = try await library.store.addSource(url: url)
            await #expect(throws: SyncError.self) { try await library.sync(added) }
        }
        let saved = try #require(try await library.store.source(url: url))
        #expect(saved.deferral?.reason == .serverAskedToWait)
        let asked = server.requests.count
        let later = try await library.syncAll()
        guard case .deferred(let deferral) = try #require(later.first).status else {
            Issue.record("expected the source to be left alone: \(later)")
            return
        }
        #expect(abs(deferral.until.timeIntervalSince(until)) < 60)
        #expect(server.requests.count == asked, "nothing asked before the day is over")
    }
}
