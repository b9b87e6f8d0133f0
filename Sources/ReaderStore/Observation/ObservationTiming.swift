/// How quickly an ``ArticleObservation`` delivers a change, and how it folds
/// many changes into one delivery.
///
/// For example, for a widget that may lag a few seconds behind:
///
/// ```swift
/// let timing = ObservationTiming(otherProcessesPollInterval: .seconds(5))
/// for try await rows in store.observe(ArticleQuery(unreadOnly: true), timing: timing) { show(rows) }
/// ```
public struct ObservationTiming: Sendable, Equatable {
    /// How long after a change made through this store the query is read
    /// again; changes within this time are delivered together.
    public var coalescing: Duration
    /// How often the cache file is checked for writes made by other
    /// processes (a widget, a share extension, the `reader` command line):
    /// the longest delay before such a change is seen.
    public var otherProcessesPollInterval: Duration
    /// The longest a delivery waits for a sync in progress to finish: a
    /// sync's pages arrive as one delivery, a long sync's every few seconds.
    public var longestSyncWait: Duration

    /// Creates a timing; the defaults suit a list on screen: 100 ms,
    /// other processes within 0.5 s, a long sync every 2 s.
    public init(
        coalescing: Duration = .milliseconds(100), otherProcessesPollInterval: Duration = .milliseconds(500),
        longestSyncWait: Duration = .seconds(2)
    ) {
        self.coalescing = coalescing
        self.otherProcessesPollInterval = otherProcessesPollInterval
        self.longestSyncWait = longestSyncWait
    }
}
