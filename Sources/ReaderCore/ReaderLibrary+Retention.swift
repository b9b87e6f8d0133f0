public import Foundation

// MARK: - Retention

extension ReaderLibrary {
    /// The cache's retention policy, shared by every process that opens it;
    /// `RetentionPolicy.keepEverything` (the default) prunes nothing.
    ///
    /// For example, keep 90 days of news but never an unread article of the last 30:
    ///
    /// ```swift
    /// try await library.setRetentionPolicy(RetentionPolicy(maxAge: 90 * 86_400, keepUnreadYoungerThan: 30 * 86_400))
    /// let policy = try await library.retentionPolicy
    /// ```
    /// - throws: `StoreError`.
    public var retentionPolicy: RetentionPolicy {
        get async throws(StoreError) { try await store.retentionPolicy() }
    }

    /// Saves `policy` as the cache's retention policy; every sync applies it
    /// when it ends (``prune(dryRun:now:)``).
    /// - throws: `StoreError.sourceNotFound(_:)` for a source in
    ///   `RetentionPolicy.sourceLimits` that is not saved, or another `StoreError`.
    public func setRetentionPolicy(_ policy: RetentionPolicy) async throws(StoreError) {
        try await store.setRetentionPolicy(policy)
    }

    /// Prunes the cache by its retention policy, as every sync does when it
    /// ends (`ArticleStore.prune(_:now:dryRun:)`).
    /// - parameter dryRun: report what would be removed, and change nothing.
    /// - parameter now: the time ages are measured from.
    /// - throws: `StoreError`; the batches removed before it stay removed.
    public func prune(dryRun: Bool = false, now: Date = Date()) async throws(StoreError) -> PruneReport {
        try await store.prune(store.retentionPolicy(), now: now, dryRun: dryRun)
    }

    /// Removes the source saved under `url` with its articles, but for its
    /// bookmarked ones unless `discardingBookmarks`
    /// (`ArticleStore.removeSource(url:keepingBookmarks:)`).
    /// Its bearer token, if any, is removed from ``credentials``.
    /// - returns: how many articles were removed and how many bookmarks kept.
    /// - throws: `StoreError.sourceNotFound(_:)` when no such source is saved,
    ///   or another `StoreError`.
    public func removeSource(url: String, discardingBookmarks: Bool = false) async throws(StoreError) -> SourceRemoval {
        guard let removal = try await store.removeSource(url: url, keepingBookmarks: !discardingBookmarks) else {
            throw .sourceNotFound(url)
        }
        if removal.source.hasToken {
            try await credentials.setSecret(nil, for: SyncEngine.credentialKey(ofSource: removal.source.url))
        }
        return removal
    }

    /// Prunes by the stored policy after a sync, unless it keeps
    /// everything. A failure leaves the cache consistent (each batch of the
    /// prune is a transaction) and is not the sync's: the next sync's prune
    /// removes the rest, and ``prune(dryRun:now:)`` reports it.
    func applyRetentionPolicy() async {
        guard let policy = try? await store.retentionPolicy(), !policy.keepsEverything else { return }
        _ = try? await store.prune(policy)
    }
}
