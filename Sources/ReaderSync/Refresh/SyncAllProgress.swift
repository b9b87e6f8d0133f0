import Synchronization

/// Where a refresh of many sources is: which are in flight, how many are done.
///
/// For example:
///
/// ```swift
/// let outcomes = try await library.syncAll { progress in
///     print("\(progress.finished) of \(progress.total) done; syncing", progress.inFlight)
/// }
/// ```
public struct SyncAllProgress: Sendable, Equatable {
    /// The update that prompted this one, if a source reported progress
    /// (`nil` when a source started or finished).
    public var latest: SyncProgress?
    /// The URLs of the sources syncing now, in the order they started.
    public var inFlight: [String]
    /// Sources finished (synced, failed or stopped).
    public var finished: Int
    /// Sources this refresh syncs: all saved ones but those deferred.
    public var total: Int

    /// Creates a progress value.
    public init(latest: SyncProgress?, inFlight: [String], finished: Int, total: Int) {
        self.latest = latest
        self.inFlight = inFlight
        self.finished = finished
        self.total = total
    }
}

/// Keeps the in-flight list of a refresh behind a lock and reports every
/// change to it, from whichever task the change comes.
final class SyncAllProgressTracker: Sendable {
    private let state: Mutex<SyncAllProgress>
    private let handler: (@Sendable (SyncAllProgress) -> Void)?

    init(total: Int, handler: (@Sendable (SyncAllProgress) -> Void)?) {
        state = Mutex(SyncAllProgress(latest: nil, inFlight: [], finished: 0, total: total))
        self.handler = handler
    }

    /// `url` started.
    func started(_ url: String) {
        report { $0.inFlight.append(url) }
    }

    /// A source in flight reported `progress`.
    func update(_ progress: SyncProgress) {
        report { $0.latest = progress }
    }

    /// `url` finished.
    func finished(_ url: String) {
        report { state in
            if let index = state.inFlight.firstIndex(of: url) { state.inFlight.remove(at: index) }
            state.finished += 1
        }
    }

    /// Applies `change` and hands the result to the handler, under the lock,
    /// so that the handler sees the changes in the order they were made.
    private func report(_ change: (inout SyncAllProgress) -> Void) {
        guard let handler else { return }
        state.withLock { state in
            state.latest = nil
            change(&state)
            handler(state)
        }
    }
}
