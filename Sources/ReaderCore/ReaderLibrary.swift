import Foundation
import Synchronization

/// The library's front door: one cache (``store``) and the engine that syncs it.
///
/// Everything the `reader` command line does is a call here or on ``store``.
///
/// For example:
///
/// ```swift
/// let library = try ReaderLibrary(path: "/tmp/reader.sqlite", transport: CurlTransport())
/// _ = try await library.store.addSource(url: "http://127.0.0.1:8080/feeds/rss/seeds.xml")
/// for outcome in try await library.syncAll() { print(outcome.source.url, outcome.status) }
/// let yunnan = try await library.store.articles(ArticleQuery(province: .yunnan, limit: 20))
/// ```
///
/// ## Topics
/// ### Opening
/// - ``init(path:transport:policy:refresh:credentials:mode:)``
/// - ``makeInMemory(transport:policy:refresh:)``
/// ### Syncing
/// - ``addSourceAndSync(url:token:deadline:progress:)``
/// - ``sync(_:deadline:progress:)-(Source,_,_)``
/// - ``syncAll(options:progress:)``
/// - ``syncAllWithUpdates(options:)``
/// ### Subscriptions
/// - ``discoverFeeds(at:token:)``
/// - ``subscribe(to:token:)``
/// - ``importSubscriptions(opml:)``
/// - ``importSubscriptions(fromURL:)``
/// - ``exportSubscriptions(title:)``
/// ### Accounts
/// - ``addAccount(_:url:user:password:name:windowLimit:since:)``
/// - ``logIn(account:password:)``
/// - ``sync(_:deadline:progress:)-(Account,_,_)``
/// - ``syncAccounts(deadline:progress:)``
/// - ``subscribe(account:to:folder:)``
/// - ``unsubscribe(account:from:)``
/// - ``removeAccount(_:)``
/// ### Retention
/// - ``retentionPolicy``
/// - ``setRetentionPolicy(_:)``
/// - ``prune(dryRun:now:)``
/// - ``removeSource(url:discardingBookmarks:)``
/// ### Sources, articles, search, read state and bookmarks
/// - ``store``
public final class ReaderLibrary: Sendable {
    /// The cache; its methods are the library's storage API.
    public let store: ArticleStore
    /// What syncs and imports send their requests through.
    let transport: any HTTPTransport
    /// What syncs and discovers sources.
    let engine: SyncEngine
    /// Keeps two processes from syncing the cache at once; nil in memory.
    let syncLock: CacheLock?
    /// Where accounts' login tokens and sources' bearer tokens are kept.
    public let credentials: any CredentialStore
    /// Secrets an older version kept elsewhere, moved into ``credentials``
    /// before the first sync (``moveSecretsIntoCredentialStore()``).
    let secretsToMove: SecretsToMove
    /// How many syncs of this library are running: the last to end applies the retention policy.
    let runningSyncs = Mutex(0)

    /// Opens (or creates) the cache at `path` and syncs through `transport`.
    /// - throws: `StoreError.cannotOpen(path:reason:)`.
    /// - parameter path: the cache file, created with its folders if missing.
    /// - parameter transport: what every request goes through, such as
    ///   `URLSessionTransport` in an app or `CurlTransport` on Linux.
    /// - parameter policy: how requests are retried.
    /// - parameter refresh: when a refresh leaves a source alone (freshness, back-off).
    /// - parameter credentials: where secrets are kept: by default the
    ///   Keychain on Apple platforms, elsewhere `FileCredentialStore.standard`
    ///   (`$XDG_CONFIG_HOME/reader/credentials.json`, mode 0600).
    /// - parameter mode: `.readWrite` to sync and change state; for a process
    ///   that only reads (an export, a prune dry run), `.readExisting`, which
    ///   throws `StoreError.cacheNotFound(path:)` for a missing cache and
    ///   creates nothing.
    public init(
        path: String, transport: any HTTPTransport, policy: RetryPolicy = .standard,
        refresh: RefreshPolicy = .standard, credentials: (any CredentialStore)? = nil,
        mode: ArticleStore.OpenMode = .readWrite
    ) throws(StoreError) {
        store = try ArticleStore(path: path, mode: mode)
        self.transport = transport
        let credentials = credentials ?? Self.platformCredentialStore
        self.credentials = credentials
        engine = SyncEngine(store: store, transport: transport, policy: policy, refresh: refresh, credentials: credentials)
        syncLock = CacheLock(cachePath: path)
        secretsToMove = SecretsToMove(fileBesideCache: path + ".credentials")
    }

    private init(store: ArticleStore, transport: any HTTPTransport, policy: RetryPolicy, refresh: RefreshPolicy) {
        self.store = store
        self.transport = transport
        let credentials = InMemoryCredentialStore()
        self.credentials = credentials
        engine = SyncEngine(store: store, transport: transport, policy: policy, refresh: refresh, credentials: credentials)
        syncLock = nil
        secretsToMove = SecretsToMove(fileBesideCache: nil)
    }

    /// A library over an in-memory cache, for tests and previews.
    /// - throws: `StoreError`.
    public static func makeInMemory(
        transport: any HTTPTransport, policy: RetryPolicy = .standard, refresh: RefreshPolicy = .standard
    ) throws(StoreError) -> ReaderLibrary {
        ReaderLibrary(store: try ArticleStore.makeInMemory(), transport: transport, policy: policy, refresh: refresh)
    }

    // MARK: Syncing

    /// Syncs one source.
    ///
    /// A sync (this, ``addSourceAndSync(url:token:deadline:progress:)`` and
    /// ``syncAll(options:progress:)``) holds the cache's `CacheLock`, so a
    /// second process syncing the same cache meanwhile fails at once with
    /// `StoreError.syncInProgress(path:)`; syncs within one process share it.
    /// - throws: `SyncError`; pages applied before the failure stay.
    public func sync(
        _ source: Source, deadline: ContinuousClock.Instant? = nil, progress: SyncEngine.ProgressHandler? = nil
    ) async throws(SyncError) -> SyncReport {
        try await holdingSyncLock { () async throws(SyncError) in
            try await engine.sync(source, deadline: deadline, progress: progress)
        }
    }

    /// Runs `body` holding the cache's `CacheLock`, as a sync (see ``whileSyncing(lockFailure:_:)``).
    /// - throws: `SyncError.store(_:)` with `StoreError.syncInProgress(path:)`
    ///   while another process syncs the cache, or what `body` throws.
    func holdingSyncLock<T: Sendable>(_ body: () async throws(SyncError) -> T) async throws(SyncError) -> T {
        try await whileSyncing(lockFailure: SyncError.store, body)
    }

    /// Runs `body` holding the cache's `CacheLock`; once the last sync
    /// running in this library ends, applies the retention policy
    /// (``applyRetentionPolicy()``) before the lock is let go.
    /// - throws: `lockFailure` of the lock's `StoreError`, or what `body` throws.
    func whileSyncing<T: Sendable, Failure: Error>(
        lockFailure: (StoreError) -> Failure, _ body: () async throws(Failure) -> T
    ) async throws(Failure) -> T {
        do {
            try await beginSync()
        } catch {
            throw lockFailure(error)
        }
        defer { syncLock?.release() }
        runningSyncs.withLock { $0 += 1 }
        let result: Result<T, Failure>
        do throws(Failure) {
            result = .success(try await body())
        } catch {
            result = .failure(error)
        }
        if runningSyncs.withLock({ count in
            count -= 1
            return count == 0
        }) {
            await applyRetentionPolicy()
        }
        return try result.get()
    }

    /// Takes the cache's `CacheLock` for a sync, then moves the secrets
    /// an older version left elsewhere (``moveSecretsIntoCredentialStore()``).
    /// Each call needs one `syncLock?.release()`.
    /// - throws: `StoreError.syncInProgress(path:)`, or what moving throws.
    func beginSync() async throws(StoreError) {
        try syncLock?.acquire()
        do {
            try await moveSecretsIntoCredentialStore()
        } catch {
            syncLock?.release()
            throw error
        }
    }

    /// Saves `url` as a source (replacing its stored token when `token` is given)
    /// and syncs it.
    ///
    /// A new URL whose first sync fails before anything was stored, such as a
    /// typo, a 404 or a refused token, is not kept, so later syncs of every
    /// source do not keep failing on it. Once a page or a feed document has
    /// been stored (`ArticleStore.removeSourceIfEmpty(url:)`) the source
    /// stays, with what was stored, and a later sync resumes it. A source saved before this call always stays.
    ///
    /// A URL that is a web page is not kept: the first feed it offers
    /// (``discoverFeeds(at:token:)``) is saved and synced instead (without
    /// the token), and the report names the page in
    /// `SyncReport.foundOnPage` and the other feeds in `SyncReport.otherFeeds`.
    /// - throws: `SyncError`, which names the URL;
    ///   `SyncError.noFeedFound(source:tried:)` for a page that offers no feed.
    /// - parameter url: a feed, a Reader Sync API endpoint, or a web page that offers a feed.
    /// - parameter token: a bearer token for a sync endpoint, kept in ``credentials``.
    /// - parameter deadline: as in ``sync(_:deadline:progress:)-(Source,_,_)``.
    /// - parameter progress: called after every request and page.
    public func addSourceAndSync(
        url: String, token: String? = nil, deadline: ContinuousClock.Instant? = nil,
        progress: SyncEngine.ProgressHandler? = nil
    ) async throws(SyncError) -> SyncReport {
        try await holdingSyncLock { () async throws(SyncError) in
            do throws(SyncError) {
                return try await addAndSync(url: url, token: token, deadline: deadline, progress: progress)
            } catch {
                guard case .webPage(let page, let feeds) = error, let first = feeds.first else { throw error }
                var report = try await addAndSync(url: first.url, token: nil, deadline: deadline, progress: progress)
                report.foundOnPage = page
                report.otherFeeds = Array(feeds.dropFirst())
                return report
            }
        }
    }

    /// Saves `url` and syncs it; forgets it again if it is new and its first sync stored nothing.
    private func addAndSync(
        url: String, token: String?, deadline: ContinuousClock.Instant?, progress: SyncEngine.ProgressHandler?
    ) async throws(SyncError) -> SyncReport {
        let source: Source
        let isNew: Bool
        do {
            isNew = try await store.source(url: url) == nil
            source = try await saveSource(url: url, token: token)
        } catch {
            throw .store(error)
        }
        do {
            return try await sync(source, deadline: deadline, progress: progress)
        } catch {
            if isNew { _ = try? await store.removeSourceIfEmpty(url: source.url) }
            throw error
        }
    }

    /// Refreshes every saved source but accounts' subscriptions (which
    /// ``syncAccounts(deadline:progress:)`` syncs), many at once (`SyncScheduler`): the
    /// ones that waited longest first, fresh and backing-off ones left alone
    /// unless `options.force`, and nothing new started after `options.deadline`.
    /// One source's failure does not stop the others.
    ///
    /// For example, a background refresh that must end within 25 seconds:
    ///
    /// ```swift
    /// let outcomes = try await library.syncAll(options: .init(deadline: .now + .seconds(25)))
    /// let notReached = outcomes.filter { $0.status == .notReached }.map(\.source.url)
    /// ```
    /// - returns: one outcome per source, in the order they were added.
    /// - throws: `StoreError` if the sources cannot be read, or
    ///   `StoreError.syncInProgress(path:)` while another process syncs the
    ///   cache; a source's own failure is its outcome.
    public func syncAll(options: SyncScheduler.Options = .init(), progress: SyncScheduler.ProgressHandler? = nil)
        async throws(StoreError) -> [SyncOutcome]
    {
        try await whileSyncing(lockFailure: { $0 }) { () async throws(StoreError) in
            let sources = try await store.sources().filter { $0.kind != .accountFeed }
            return await SyncScheduler(engine: engine).sync(sources, options: options, progress: progress)
        }
    }

    /// Syncs like ``syncAll(options:progress:)`` and reports progress as an
    /// asynchronous sequence that ends when the sync does.
    ///
    /// For example:
    ///
    /// ```swift
    /// let (updates, outcomes) = library.syncAllWithUpdates()
    /// for await update in updates { print(update.inFlight) }
    /// print(try await outcomes.value.get())
    /// ```
    public func syncAllWithUpdates(options: SyncScheduler.Options = .init())
        -> (updates: AsyncStream<SyncAllProgress>, outcomes: Task<Result<[SyncOutcome], StoreError>, Never>)
    {
        let (stream, continuation) = AsyncStream.makeStream(
            of: SyncAllProgress.self, bufferingPolicy: .bufferingNewest(64))
        let task = Task {
            let outcomes: Result<[SyncOutcome], StoreError>
            do throws(StoreError) {
                outcomes = .success(try await syncAll(options: options) { continuation.yield($0) })
            } catch {
                outcomes = .failure(error)
            }
            continuation.finish()
            return outcomes
        }
        return (stream, task)
    }
}
