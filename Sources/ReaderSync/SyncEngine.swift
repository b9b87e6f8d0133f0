import Foundation
public import ReaderHTTP
public import ReaderModels
public import ReaderProvinces
public import ReaderStore
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

    let store: ArticleStore
    let transport: any HTTPTransport
    let tagger: ProvinceTagger
    let policy: RetryPolicy
    let pageSize: Int

    /// Creates an engine.
    /// - parameter pageSize: articles per Sync API page (the server may cap it).
    public init(
        store: ArticleStore, transport: any HTTPTransport, tagger: ProvinceTagger = .standard,
        policy: RetryPolicy = .standard, pageSize: Int = 500
    ) {
        self.store = store
        self.transport = transport
        self.tagger = tagger
        self.policy = policy
        self.pageSize = pageSize
    }

    /// Syncs `source` once, finding its kind on the first sync.
    ///
    /// A failure is saved as the source's last error; the pages committed
    /// before it stay.
    /// - throws: ``SyncError``.
    public func sync(_ source: Source, progress: ProgressHandler? = nil) async throws(SyncError) -> SyncReport {
        let started = Date()
        var report: SyncReport
        do throws(SyncError) {
            var session = try await SyncSession(engine: self, source: source, progress: progress)
            report = try await session.run()
        } catch {
            try? await store.updateSource(source.id, with: SourceUpdate(error: error.description))
            throw error
        }
        report.duration = Date().timeIntervalSince(started)
        do {
            try await store.updateSource(source.id, with: SourceUpdate(syncedAt: Date()))
        } catch {
            throw .store(error)
        }
        return report
    }
}
