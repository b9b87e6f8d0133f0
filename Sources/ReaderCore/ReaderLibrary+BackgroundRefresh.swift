public import ReaderSync

/// What ``ReaderLibrary/refreshInBackground(within:)`` did: every source's
/// and every account's outcome, and how many articles still wait for the
/// full-text index.
///
/// For example:
///
/// ```swift
/// let refresh = try await library.refreshInBackground(within: .seconds(25))
/// print("\(refresh.newArticles) new articles", refresh.ranOutOfTime ? "(the rest goes first next time)" : "")
/// for outcome in refresh.accounts { print(outcome.account.name, outcome.result) }
/// ```
public struct BackgroundRefresh: Sendable, Equatable {
    /// One outcome per source that is not an account's, in the order they were added.
    public var sources: [SyncOutcome]
    /// One outcome per account, in the order they were added.
    public var accounts: [AccountSyncOutcome]
    /// Stored articles left queued for the full-text index when time ran
    /// out (``ArticleStore/indexQueuedArticles(limit:)``); the first search
    /// indexes them.
    public var queuedForSearch: Int

    /// Creates a summary.
    public init(sources: [SyncOutcome], accounts: [AccountSyncOutcome], queuedForSearch: Int = 0) {
        self.sources = sources
        self.accounts = accounts
        self.queuedForSearch = queuedForSearch
    }

    /// Articles stored that were not in the cache before, over all sources and accounts.
    public var newArticles: Int {
        sources.compactMap(\.report).map(\.articles.new).reduce(0, +)
            + accounts.compactMap { try? $0.result.get() }.map(\.articles.new).reduce(0, +)
    }

    /// Whether some source or account was left for the next refresh because
    /// time ran out (it goes first next time).
    public var ranOutOfTime: Bool {
        sources.contains { outcome in
            switch outcome.status {
            case .notReached: true
            case .failed(let error): error.isStop
            default: false
            }
        } || accounts.contains { if case .failure(let error) = $0.result { error.isStop } else { false } }
    }
}

extension ReaderLibrary {
    /// Refreshes everything an app shows, accounts and feeds at once, and
    /// returns before `timeLimit` has passed: the one call for a background
    /// task (`BGAppRefreshTask` on iOS, about 30 s), which the system may
    /// also cancel early (cancel the calling task: it ends at once). Time
    /// left after the syncs goes to the full-text index of what they stored,
    /// so that the next search does not wait for it.
    ///
    /// Nothing starts after the deadline, requests on the wire get a short
    /// grace and are then cancelled, and every committed page stays; what was
    /// not reached goes first next time. Fresh sources (HTTP caching) and
    /// sources backing off after failures are left alone.
    ///
    /// For example, in an iOS app:
    ///
    /// ```swift
    /// BGTaskScheduler.shared.register(forTaskWithIdentifier: "news.reader.refresh", using: nil) { task in
    ///     let work = Task { _ = try? await library.refreshInBackground(within: .seconds(25)) }
    ///     task.expirationHandler = { work.cancel() }
    ///     Task { _ = await work.result; task.setTaskCompleted(success: true) }
    /// }
    /// ```
    /// - parameter timeLimit: how long the refresh may take in all.
    /// - throws: `StoreError` if the cache cannot be read, or
    ///   `StoreError.syncInProgress(path:)` while another process syncs it;
    ///   a source's or an account's own failure is its outcome.
    public func refreshInBackground(within timeLimit: Duration) async throws(StoreError) -> BackgroundRefresh {
        let grace = SyncScheduler.Options().deadlineGrace
        let deadline = ContinuousClock.now + max(timeLimit - grace, .zero)
        async let accounts = accountOutcomes(deadline: deadline)
        let sources = try await syncAll(options: SyncScheduler.Options(deadline: deadline))
        let accountOutcomes = try await accounts.get()
        return BackgroundRefresh(
            sources: sources, accounts: accountOutcomes, queuedForSearch: try await indexQueue(until: deadline))
    }

    /// Indexes queued articles, 2,000 a transaction, until the queue is
    /// empty, `deadline` passes or the task is cancelled.
    /// - returns: how many are still queued.
    private func indexQueue(until deadline: ContinuousClock.Instant) async throws(StoreError) -> Int {
        var left = try await store.queuedForSearch()
        while left > 0, ContinuousClock.now < deadline, !Task.isCancelled {
            left = try await store.indexQueuedArticles(limit: ArticleStore.searchQueueBatch)
        }
        return left
    }

    /// ``syncAccounts(deadline:progress:)`` as a result, to run beside the sources.
    private func accountOutcomes(deadline: ContinuousClock.Instant) async -> Result<[AccountSyncOutcome], StoreError> {
        do throws(StoreError) {
            return .success(try await syncAccounts(deadline: deadline))
        } catch {
            return .failure(error)
        }
    }
}
