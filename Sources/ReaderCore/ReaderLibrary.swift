import Foundation

/// The library's front door: one cache (``store``) and the engine that syncs it.
///
/// Everything the `reader` command line does is a call here or on ``store``.
///
/// For example:
///
/// ```swift
/// let library = try ReaderLibrary(path: "/tmp/reader.sqlite", transport: CurlTransport())
/// _ = try await library.store.addSource(url: "http://127.0.0.1:8080/feeds/rss/seeds.xml")
/// for outcome in await library.syncAll() { print(outcome.source?.url ?? "", outcome.result) }
/// let yunnan = try await library.store.articles(ArticleQuery(province: .yunnan, limit: 20))
/// ```
///
/// ## Topics
/// ### Opening
/// - ``init(path:transport:policy:)``
/// - ``makeInMemory(transport:policy:)``
/// ### Syncing
/// - ``addSourceAndSync(url:token:progress:)``
/// - ``sync(_:progress:)``
/// - ``syncAll(progress:)``
/// ### Everything else
/// - ``store``: sources, articles, search, read state and bookmarks
public final class ReaderLibrary: Sendable {
    /// The cache; its methods are the library's storage API.
    public let store: ArticleStore
    private let engine: SyncEngine

    /// Opens (or creates) the cache at `path` and syncs through `transport`.
    /// - throws: ``StoreError/cannotOpen(path:reason:)``.
    public init(path: String, transport: any HTTPTransport, policy: RetryPolicy = .standard) throws(StoreError) {
        store = try ArticleStore(path: path)
        engine = SyncEngine(store: store, transport: transport, policy: policy)
    }

    private init(store: ArticleStore, transport: any HTTPTransport, policy: RetryPolicy) {
        self.store = store
        engine = SyncEngine(store: store, transport: transport, policy: policy)
    }

    /// A library over an in-memory cache, for tests and previews.
    /// - throws: ``StoreError``.
    public static func makeInMemory(transport: any HTTPTransport, policy: RetryPolicy = .standard)
        throws(StoreError) -> ReaderLibrary
    {
        ReaderLibrary(store: try ArticleStore.makeInMemory(), transport: transport, policy: policy)
    }

    // MARK: Syncing

    /// Syncs one source.
    /// - throws: ``SyncError``; pages applied before the failure stay.
    public func sync(_ source: Source, progress: SyncEngine.ProgressHandler? = nil) async throws(SyncError)
        -> SyncReport
    {
        try await engine.sync(source, progress: progress)
    }

    /// Saves `url` as a source (replacing its stored token when `token` is given)
    /// and syncs it.
    ///
    /// A new URL whose first sync fails before anything was stored, such as a
    /// typo, a 404 or a refused token, is not kept, so later syncs of every
    /// source do not keep failing on it. Once a page or a feed document has
    /// been stored (``ArticleStore/removeSourceIfEmpty(url:)``) the source
    /// stays, with what was stored, and a later sync resumes it. A source saved before this call always stays.
    /// - throws: ``SyncError``, which names the URL.
    public func addSourceAndSync(url: String, token: String? = nil, progress: SyncEngine.ProgressHandler? = nil)
        async throws(SyncError) -> SyncReport
    {
        let source: Source
        let isNew: Bool
        do {
            isNew = try await store.source(url: url) == nil
            source = try await store.addSource(url: url, token: token)
        } catch {
            throw .store(error)
        }
        do {
            return try await sync(source, progress: progress)
        } catch {
            if isNew { _ = try? await store.removeSourceIfEmpty(url: source.url) }
            throw error
        }
    }

    /// Syncs every saved source in turn; one source's failure does not stop the others.
    /// - returns: one outcome per source, in the order they were added.
    public func syncAll(progress: SyncEngine.ProgressHandler? = nil) async -> [SyncOutcome] {
        let sources: [Source]
        do {
            sources = try await store.sources()
        } catch {
            return [SyncOutcome(source: nil, result: .failure(.store(error)))]
        }
        var outcomes: [SyncOutcome] = []
        for source in sources {
            do {
                outcomes.append(SyncOutcome(source: source, result: .success(try await sync(source, progress: progress))))
            } catch {
                outcomes.append(SyncOutcome(source: source, result: .failure(error)))
                if error == .cancelled { break }
            }
        }
        return outcomes
    }

    /// Syncs like ``syncAll(progress:)`` and reports progress as an
    /// asynchronous sequence that ends when the sync does.
    ///
    /// For example:
    ///
    /// ```swift
    /// let (updates, outcomes) = library.syncAllWithUpdates()
    /// for await update in updates { print(update.pages) }
    /// print(await outcomes.value)
    /// ```
    public func syncAllWithUpdates() -> (updates: AsyncStream<SyncProgress>, outcomes: Task<[SyncOutcome], Never>) {
        let (stream, continuation) = AsyncStream.makeStream(of: SyncProgress.self, bufferingPolicy: .bufferingNewest(64))
        let task = Task {
            let outcomes = await syncAll { continuation.yield($0) }
            continuation.finish()
            return outcomes
        }
        return (stream, task)
    }
}

/// The result of syncing one source within ``ReaderLibrary/syncAll(progress:)``.
public struct SyncOutcome: Sendable {
    /// The source; `nil` only when the list of sources could not be read.
    public var source: Source?
    /// Its report, or why it failed.
    public var result: Result<SyncReport, SyncError>

    /// Creates an outcome.
    public init(source: Source?, result: Result<SyncReport, SyncError>) {
        self.source = source
        self.result = result
    }
}
