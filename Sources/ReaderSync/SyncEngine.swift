public import Foundation
public import ReaderHTTP
public import ReaderModels
public import ReaderProvinces
@_spi(ReaderInternals) public import ReaderStore
import ReaderFeeds

/// Syncs sources into an ``ArticleStore``: plain feeds by conditional GET,
/// Reader Sync API endpoints by pushing the outbox, pulling the article stream
/// page by page, then pulling state.
///
/// Every page is committed with its cursor in one transaction, so a sync
/// stopped anywhere (cancelled task, killed process, lost network) resumes
/// from the last committed page and ends with the same cache.
///
/// For example:
///
/// ```swift
/// let engine = SyncEngine(store: store, transport: CurlTransport())
/// let source = try await store.addSource(url: "http://127.0.0.1:8080/api")
/// let report = try await engine.sync(source) { print($0.articles) }
/// ```
public struct SyncEngine: Sendable {
    /// Called after every request and page; may be called from any task.
    public typealias ProgressHandler = @Sendable (SyncProgress) -> Void

    /// The most article pages, and the most state pages, that one sync of a
    /// source pulls while the server says it has more: 2,000 (a million
    /// articles at the default page size). The sync then ends with
    /// ``SyncError/tooManyPages(source:limit:)``, keeping every page, and the
    /// next sync goes on from there.
    public static let maxPagesPerSync = 2_000

    package let store: ArticleStore
    let transport: any HTTPTransport
    let tagger: ProvinceTagger
    let policy: RetryPolicy
    let refresh: RefreshPolicy
    let pageSize: Int
    /// Where the bearer tokens of Sync API sources are kept.
    package let credentials: any CredentialStore
    /// This device's wall clock, by which state is validated and re-stamped.
    let wallClock: @Sendable () -> Date

    /// Creates an engine.
    /// - parameter policy: how requests are retried.
    /// - parameter refresh: when sources are left alone after a sync (freshness, back-off).
    /// - parameter pageSize: articles per Sync API page (the server may cap it).
    /// - parameter credentials: where the bearer tokens of sources that have
    ///   one are kept (``credentialKey(ofSource:)``).
    /// - parameter wallClock: this device's wall clock (tests give one that is
    ///   wrong on purpose), read when a server refuses clocks too far ahead
    ///   and when received clocks are checked.
    public init(
        store: ArticleStore, transport: any HTTPTransport, tagger: ProvinceTagger = .standard,
        policy: RetryPolicy = .standard, refresh: RefreshPolicy = .standard, pageSize: Int = 500,
        credentials: any CredentialStore = InMemoryCredentialStore(),
        wallClock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.credentials = credentials
        self.store = store
        self.transport = transport
        self.tagger = tagger
        self.policy = policy
        self.refresh = refresh
        self.pageSize = pageSize
        self.wallClock = wallClock
    }

    /// Syncs `source` once, finding its kind on the first sync.
    ///
    /// The source is read again from the store first, so a value kept from
    /// before an earlier sync goes on from where that sync ended.
    ///
    /// The outcome is saved with the source: its last sync or error, and its
    /// refresh schedule (fresh until, failures in a row, back-off; see
    /// ``RefreshPolicy``). A stop (cancellation, the deadline) saves nothing,
    /// and the pages committed before any failure or stop stay.
    /// - parameter deadline: no request starts at or after it; the sync
    ///   stops there with ``SyncError/deadlineReached(source:)``.
    /// - throws: ``SyncError``.
    public func sync(_ source: Source, deadline: ContinuousClock.Instant? = nil, progress: ProgressHandler? = nil)
        async throws(SyncError) -> SyncReport
    {
        switch await attempt(source, deadline: deadline, progress: progress, fetched: nil) {
        case .synced(let report): return report
        case .failed(let error): throw error
        case .notStarted: throw .deadlineReached(source: source.url)
        }
    }

    /// What one attempt at a source came to.
    enum Attempt: Sendable {
        /// It synced.
        case synced(SyncReport)
        /// It failed, or stopped after sending a request.
        case failed(SyncError)
        /// The deadline came before it sent anything.
        case notStarted
    }

    /// Syncs `source` like ``sync(_:deadline:progress:)``, and tells a stop
    /// before the first request from one after it.
    /// - parameter fetched: called when a plain feed's document has arrived,
    ///   before it is read and stored.
    func attempt(
        _ given: Source, deadline: ContinuousClock.Instant?, progress: ProgressHandler?,
        fetched: (@Sendable () -> Void)?
    ) async -> Attempt {
        store.beginChangeBatch()
        defer { store.endChangeBatch() }
        let started = Date()
        // The caller's value may be from before earlier syncs: its cursors and
        // ETag would pull everything again. The stored row is the truth.
        let source: Source
        do {
            source = try await store.source(url: given.url) ?? given
        } catch {
            return .failed(.store(error))
        }
        var report: SyncReport
        var requestsSent = 0
        do throws(SyncError) {
            var session = try await SyncSession(
                engine: self, source: source, deadline: deadline, progress: progress, fetched: fetched)
            defer { requestsSent = session.report.requests }
            report = try await session.run()
        } catch {
            if case .deadlineReached = error, requestsSent == 0 { return .notStarted }
            if !error.isStop {
                let failures = source.consecutiveFailures + 1
                let deferral = refresh.deferral(
                    afterFailures: failures, serverAskedToWaitUntil: error.serverAskedToWaitUntil, now: Date())
                let attempt = SyncAttempt(startedAt: started, consecutiveFailures: failures, deferral: deferral)
                try? await store.updateSource(source.id, with: SourceUpdate(error: error.description, attempt: attempt))
            }
            return .failed(error)
        }
        let finished = Date()
        report.duration = finished.timeIntervalSince(started)
        let attempt = SyncAttempt(
            startedAt: started, consecutiveFailures: 0,
            deferral: refresh.deferral(afterSuccessFreshFor: report.freshFor, now: finished))
        do {
            try await store.updateSource(source.id, with: SourceUpdate(syncedAt: finished, attempt: attempt))
        } catch {
            return .failed(.store(error))
        }
        return .synced(report)
    }
}
