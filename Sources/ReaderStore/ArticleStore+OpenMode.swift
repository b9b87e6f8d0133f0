// MARK: - Open modes

extension ArticleStore {
    /// How a process means to use the cache it opens.
    public enum OpenMode: Sendable {
        /// Reads and writes: a WAL-mode pool, where lists read while a sync writes.
        case readWrite
        /// Reads only, for short-lived processes that list, search or count:
        /// one read-only connection, no write lock taken, nothing to checkpoint
        /// when it closes. Writes throw ``StoreError/database(operation:reason:)``.
        ///
        /// A cache that does not exist yet, has an older schema, or cannot be
        /// read without writing is opened as ``readWrite`` instead (created or
        /// migrated first), so the store always answers reads. So is one with
        /// articles queued for the full-text index, which a search indexes
        /// first (``ArticleStore/indexQueuedArticles(limit:)``).
        case readOnly
        /// Reads only, like ``readOnly``, and only a cache that exists: a
        /// missing file throws ``StoreError/cacheNotFound(path:)`` and nothing
        /// is created, not even its folder (a command that only lists must
        /// not leave a cache behind a mistyped path). A cache with an older
        /// schema is migrated first, as with ``readOnly``.
        case readExisting
    }
}
