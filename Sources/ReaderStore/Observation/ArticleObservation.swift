/// The rows of one ``ArticleQuery``, delivered now and again after each
/// committed change to them: an `AsyncSequence` a list on screen iterates.
///
/// The first element is the query's current rows. Each later element comes
/// after writes that change the rows (a sync, a mark, a retraction), made
/// through this store or by another process on the same cache file; writes
/// that leave the rows as they were deliver nothing. A sync's pages arrive
/// as one element (see ``ObservationTiming``). Cancelling the iterating task
/// ends the sequence.
///
/// For example:
///
/// ```swift
/// let query = ArticleQuery(province: .yunnan, unreadOnly: true, limit: 50)
/// for try await rows in store.observe(query) {
///     show(rows)
/// }
/// ```
public struct ArticleObservation: AsyncSequence, Sendable {
    /// The query's rows, newest first.
    public typealias Element = [ArticleEntry]
    /// Why the rows could not be read.
    public typealias Failure = StoreError

    let store: ArticleStore
    let query: ArticleQuery
    let timing: ObservationTiming

    /// Starts observing: the first ``Iterator/next()`` reads the current rows.
    public func makeAsyncIterator() -> Iterator { Iterator(store: store, query: query, timing: timing) }

    /// Reads the rows again each time they may have changed.
    public struct Iterator: AsyncIteratorProtocol {
        /// Why the rows could not be read.
        public typealias Failure = StoreError

        private let store: ArticleStore
        private let query: ArticleQuery
        private let timing: ObservationTiming
        private var delivered: [ArticleEntry]?
        private var seen = ChangeMarks(generation: 0, dataVersion: 0)

        init(store: ArticleStore, query: ArticleQuery, timing: ObservationTiming) {
            self.store = store
            self.query = query
            self.timing = timing
        }

        /// The rows as they are now the first time; afterwards the rows as
        /// they are after the next change to them. `nil` once the task is
        /// cancelled.
        /// - throws: ``StoreError`` when the cache cannot be read.
        public mutating func next() async throws(StoreError) -> [ArticleEntry]? {
            do {
                while !Task.isCancelled {
                    if delivered != nil {
                        guard await ChangeWait(store: store, timing: timing, seen: seen).run() else { return nil }
                    }
                    seen = ChangeMarks(generation: store.changes.generation, dataVersion: try await store.dataVersion())
                    let rows = try await store.articles(query)
                    if rows != delivered {
                        delivered = rows
                        return rows
                    }
                }
                return nil
            } catch {
                if Task.isCancelled { return nil }
                throw error
            }
        }
    }
}

extension ArticleStore {
    /// The rows of `query` now, and again after each committed change to them.
    ///
    /// Changes by another process on the same file are seen within
    /// ``ObservationTiming/otherProcessesPollInterval``.
    ///
    /// ```swift
    /// for try await rows in store.observe(ArticleQuery(bookmarkedOnly: true)) { show(rows) }
    /// ```
    public func observe(_ query: ArticleQuery, timing: ObservationTiming = ObservationTiming()) -> ArticleObservation {
        ArticleObservation(store: self, query: query, timing: timing)
    }
}
