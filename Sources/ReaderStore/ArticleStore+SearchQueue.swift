import GRDB

// MARK: - The full-text index's queue

extension ArticleStore {
    /// How many articles one transaction of ``indexQueuedArticles(limit:)``
    /// indexes, at most: a sync's writes, or a mark, wait for no longer than
    /// that takes (about 0.1 s on this project's bench machine).
    public static let searchQueueBatch = 2_000

    /// Makes the full-text entries of articles a sync stored but has not
    /// indexed yet, oldest first, in transactions of at most
    /// ``searchQueueBatch``.
    ///
    /// Storing an article only queues it for the index, which keeps a sync's
    /// writes short; every search (``articles(_:)``, ``count(_:atMost:)``,
    /// ``setFlag(_:to:matching:now:)`` with ``ArticleQuery/search``) indexes
    /// the whole queue before it reads, so it finds every stored article.
    /// An app calls this in idle time (a background task, after a sync) so
    /// that the first search does not wait; it may stop at any point, and
    /// what it indexed stays indexed.
    ///
    /// For example:
    ///
    /// ```swift
    /// while try await library.store.indexQueuedArticles(limit: 5_000) > 0 {
    ///     if Task.isCancelled { break }
    /// }
    /// ```
    ///
    /// - parameter limit: the most articles to index, or nil for the whole queue.
    /// - returns: how many articles are still queued.
    /// - throws: ``StoreError``; what was indexed before the error stays indexed.
    @discardableResult
    public func indexQueuedArticles(limit: Int? = nil) async throws(StoreError) -> Int {
        var left = limit ?? Int.max
        while left > 0 {
            let batch = min(left, Self.searchQueueBatch)
            let taken = try await write("indexing articles for search") { db in
                try SearchIndex(db: db).indexQueued(limit: batch)
            }
            if taken < batch { return try await queuedForSearch() }
            left -= taken
        }
        return try await queuedForSearch()
    }

    /// How many stored articles wait to be indexed for search
    /// (``indexQueuedArticles(limit:)``).
    /// - throws: ``StoreError``.
    public func queuedForSearch() async throws(StoreError) -> Int {
        try await read("counting articles to index") { db in try SearchIndex.queuedCount(db) }
    }

    /// Indexes the whole queue first when `query` searches, so that the
    /// search finds every stored article. A read-only store cannot write,
    /// so it searches what was indexed; it opens only a cache whose queue
    /// was empty (``OpenMode/readOnly``).
    func indexQueue(before query: ArticleQuery) async throws(StoreError) {
        guard query.search != nil, !writer.configuration.readonly else { return }
        let queued = try await read("checking the search queue") { db in try SearchIndex.hasQueued(db) }
        if queued { try await indexQueuedArticles() }
    }
}
