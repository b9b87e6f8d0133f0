import Foundation
import ReaderCore
import ReaderTestSupport
import Synchronization
import Testing

@Suite struct SyncSchedulerTests {
    /// `count` feed URLs spread over `hosts` hosts.
    private static func urls(_ count: Int, hosts: Int) -> [String] {
        (0..<count).map { "http://host\($0 % hosts).example/feed\($0).xml" }
    }

    private static func library(_ transport: some HTTPTransport, urls: [String]) async throws -> ReaderLibrary {
        let library = try ReaderLibrary.makeInMemory(transport: transport, policy: quickRetries)
        _ = try await library.store.subscribe(to: urls.map { SourceSubscription(url: $0) })
        return library
    }

    @Test func manySourcesSyncAtOnceWithinTheOverallAndPerHostCapsAndReportInTheirOwnOrder() async throws {
        let transport = ConcurrencyProbeTransport(delay: .milliseconds(40))
        let urls = Self.urls(30, hosts: 3)
        let library = try await Self.library(transport, urls: urls)
        let outcomes = try await library.syncAll(options: .init(maxConcurrentFetches: 8, maxSourcesPerHost: 3))
        #expect(outcomes.map(\.source.url) == urls, "outcomes in the order the sources were added")
        #expect(outcomes.allSatisfy { $0.report?.articles.new == 1 })
        #expect(transport.mostInFlight > 1 && transport.mostInFlight <= 8)
        #expect(transport.mostPerHost > 1 && transport.mostPerHost <= 3)
    }

    @Test func aDeadlineStartsNothingNewKeepsWhatWasStoredAndTheNextRefreshStartsWithTheSourcesLeftOut() async throws {
        // 12 sources of 1 s each, 2 at a time, would take 6 s; the deadline
        // comes at 1.5 s, while the second pair is in flight.
        let transport = ConcurrencyProbeTransport(delay: .seconds(1))
        let urls = Self.urls(12, hosts: 12)
        let library = try await Self.library(transport, urls: urls)
        let started = ContinuousClock.now
        let outcomes = try await library.syncAll(
            options: .init(maxConcurrentFetches: 2, deadline: .now + .milliseconds(1500), deadlineGrace: .seconds(1)))
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < .seconds(4), "the deadline, the grace and some slack for a loaded machine, not 6 s")
        let synced = outcomes.filter { $0.report != nil }.map(\.source.url)
        let notReached = outcomes.filter { $0.status == .notReached }.map(\.source.url)
        #expect(synced.count >= 2 && synced.count <= 4)
        #expect(notReached.count >= 8 && synced.count + notReached.count <= 12)
        #expect(try await library.store.articles(ArticleQuery()).count == synced.count, "what was stored stays")

        let before = transport.started.count
        _ = try await library.syncAll(options: .init(maxConcurrentFetches: 2, deadline: .now + .milliseconds(300)))
        let secondRun = Array(transport.started[before...])
        #expect(secondRun.count == 2 && secondRun.allSatisfy(notReached.contains), "those that waited go first: \(secondRun)")
    }

    @Test func aFreshFeedIsLeftAloneUntilItsMaxAgeRunsOutUnlessForced() async throws {
        let transport = ConcurrencyProbeTransport(delay: .zero) { request in
            ConcurrencyProbeTransport.feed(request, headers: ["cache-control": "public, max-age=3600"])
        }
        let url = "http://fresh.example/feed.xml"
        let library = try await Self.library(transport, urls: [url])
        let first = try await library.syncAll()
        #expect(first[0].report?.freshFor == 3600)
        let second = try await library.syncAll()
        guard case .deferred(let deferral) = second[0].status else {
            Issue.record("expected a fresh feed to be left alone: \(second[0].status)")
            return
        }
        #expect(deferral.reason == .fresh)
        #expect(abs(deferral.until.timeIntervalSinceNow - 3600) < 60)
        #expect(transport.started.count == 1)
        let forced = try await library.syncAll(options: .init(force: true))
        #expect(forced[0].report != nil && transport.started.count == 2)
    }

    @Test func aSourceThatFailsThreeTimesInARowBacksOffAndASuccessEndsIt() async throws {
        let failing = Mutex(true)
        let transport = ConcurrencyProbeTransport(delay: .zero) { request in
            failing.withLock { $0 } ? HTTPResponse(status: 404, url: request.url) : ConcurrencyProbeTransport.feed(request)
        }
        let url = "http://flaky.example/feed.xml"
        let library = try await Self.library(transport, urls: [url])
        for attempt in 1...3 {
            let outcome = try await library.syncAll()[0]
            #expect(outcome.error != nil, "attempt \(attempt) fails")
        }
        let source = try #require(try await library.store.source(url: url))
        #expect(source.consecutiveFailures == 3)
        #expect(source.deferral?.reason == .backingOff)
        let skipped = try await library.syncAll()[0]
        let deferral = try #require(source.deferral)
        #expect(skipped.status == SyncOutcome.Status.deferred(deferral))
        #expect(transport.started.count == 3)

        failing.withLock { $0 = false }
        let forced = try await library.syncAll(options: SyncScheduler.Options(force: true))[0]
        #expect(forced.report?.articles.new == 1)
        let healed = try #require(try await library.store.source(url: url))
        #expect(healed.consecutiveFailures == 0 && healed.deferral == nil && healed.lastError == nil)
    }

    @Test func aLongRetryAfterEndsTheSyncAtOnceAndIsHonouredByLaterRefreshes() async throws {
        let transport = ConcurrencyProbeTransport(delay: .zero) { request in
            HTTPResponse(status: 503, headers: ["retry-after": "7200"], url: request.url)
        }
        let url = "http://busy.example/feed.xml"
        let library = try await Self.library(transport, urls: [url])
        let outcome = try await library.syncAll()[0]
        guard case .failed(.serverAskedToWait(_, 503, let until)) = outcome.status else {
            Issue.record("expected the server's wait to end the sync: \(outcome.status)")
            return
        }
        #expect(abs(until.timeIntervalSinceNow - 7200) < 60)
        #expect(transport.started.count == 1, "no retries inside the sync")
        let later = try await library.syncAll()[0]
        guard case .deferred(let deferral) = later.status else {
            Issue.record("expected the source to be left alone: \(later.status)")
            return
        }
        #expect(deferral.reason == .serverAskedToWait)
        #expect(transport.started.count == 1)
    }

    @Test func cancellingTheRefreshStopsEverySourceAndStillReportsEachOne() async throws {
        let transport = ConcurrencyProbeTransport(delay: .seconds(30))
        let urls = Self.urls(40, hosts: 40)
        let library = try await Self.library(transport, urls: urls)
        let refresh = Task { try await library.syncAll(options: .init(maxConcurrentFetches: 4)) }
        try await Task.sleep(for: .milliseconds(300))
        let started = ContinuousClock.now
        refresh.cancel()
        let outcomes = try await refresh.value
        #expect(ContinuousClock.now - started < .seconds(10), "the refresh ends soon after it is cancelled")
        #expect(outcomes.map(\.source.url) == urls)
        let cancelled = outcomes.filter { $0.status == .failed(.cancelled) }.count
        #expect(cancelled == transport.started.count && cancelled >= 1, "every source in flight says it was cancelled")
        #expect(outcomes.filter { $0.status == .notReached }.count == 40 - cancelled)
    }

    @Test func aSourceInFlightAtTheDeadlineStopsBeforeItsNextRequestAndIsCancelledAfterTheGrace() async throws {
        let transport = ConcurrencyProbeTransport(delay: .seconds(30))
        let library = try await Self.library(transport, urls: ["http://hangs.example/feed.xml"])
        let started = ContinuousClock.now
        let outcomes = try await library.syncAll(
            options: .init(deadline: .now + .milliseconds(200), deadlineGrace: .milliseconds(200)))
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(outcomes[0].status == .failed(.deadlineReached(source: "http://hangs.example/feed.xml")))
    }
}

@Suite struct RefreshPolicyTests {
    private static let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func backOffStartsAtTheThirdFailureDoublesAndIsCapped() throws {
        let policy = RefreshPolicy(backOffBase: 60, backOffCap: 300)
        let waits = (1...7).map { failures in
            policy.deferral(afterFailures: failures, serverAskedToWaitUntil: nil, now: Self.now)?.until
                .timeIntervalSince(Self.now)
        }
        #expect(waits == [nil, nil, 60, 120, 240, 300, 300])
    }

    @Test func theLongerOfRetryAfterAndBackOffWins() throws {
        let policy = RefreshPolicy(backOffBase: 60)
        let later = Self.now.addingTimeInterval(600)
        #expect(policy.deferral(afterFailures: 3, serverAskedToWaitUntil: later, now: Self.now)
            == SourceDeferral(reason: .serverAskedToWait, until: later))
        let sooner = Self.now.addingTimeInterval(10)
        #expect(policy.deferral(afterFailures: 3, serverAskedToWaitUntil: sooner, now: Self.now)?.reason == .backingOff)
    }

    @Test func freshnessIsCappedSoNoFeedIsSkippedForDays() throws {
        let policy = RefreshPolicy(maxFreshness: 3600)
        #expect(policy.deferral(afterSuccessFreshFor: 86_400 * 365, now: Self.now)?.until == Self.now.addingTimeInterval(3600))
        #expect(policy.deferral(afterSuccessFreshFor: nil, now: Self.now) == nil)
    }
}

@Suite struct HTTPFreshnessTests {
    @Test(arguments: [
        (["cache-control": "max-age=600"], 600.0),
        (["cache-control": "max-age=600", "age": "100"], 500.0),
        (["cache-control": "no-cache, max-age=600"], nil),
        (["cache-control": "no-store"], nil),
        (["date": "Wed, 02 Dec 2026 08:00:00 GMT", "expires": "Wed, 02 Dec 2026 09:00:00 GMT"], 3600.0),
        (["cache-control": "max-age=60", "expires": "Wed, 02 Dec 2026 09:00:00 GMT", "date": "Wed, 02 Dec 2026 08:00:00 GMT"], 60.0),
        (["expires": "0"], nil),
        ([:], nil),
    ] as [([String: String], Double?)])
    func aFeedsCachingHeadersSayHowLongItStaysFresh(headers: [String: String], expected: Double?) async throws {
        let transport = ConcurrencyProbeTransport(delay: .zero) { ConcurrencyProbeTransport.feed($0, headers: headers) }
        let library = try ReaderLibrary.makeInMemory(transport: transport, policy: quickRetries)
        let report = try await library.addSourceAndSync(url: "http://cache.example/feed.xml")
        #expect(report.freshFor == expected)
    }
}
