/// What an observation saw when it last read its rows: the store's commit
/// count and SQLite's `data_version` (which moves when another connection,
/// such as another process, commits to the file).
struct ChangeMarks: Equatable {
    var generation: UInt64
    var dataVersion: Int
}

/// One wait of an observation: until the cache has changed since `seen`,
/// then for the changes that follow closely, and for a sync in progress.
struct ChangeWait {
    let store: ArticleStore
    let timing: ObservationTiming
    let seen: ChangeMarks

    /// Waits; returns false when the task was cancelled meanwhile.
    func run() async -> Bool {
        guard await untilChanged() else { return false }
        try? await Task.sleep(for: timing.coalescing)
        let started = ContinuousClock.now
        while store.changes.isBatching, !Task.isCancelled {
            let left = timing.longestSyncWait - (ContinuousClock.now - started)
            if left <= .zero { break }
            let changes = store.changes
            let generation = changes.generation
            await Self.firstOf({ await changes.waitForCommit(after: generation) }, { try? await Task.sleep(for: left) })
        }
        return !Task.isCancelled
    }

    /// Returns true once a write through this store committed, or another
    /// connection changed the file; false when cancelled first.
    private func untilChanged() async -> Bool {
        let changes = store.changes
        let interval = timing.otherProcessesPollInterval
        while !Task.isCancelled {
            if changes.generation != seen.generation { return true }
            await Self.firstOf(
                { await changes.waitForCommit(after: seen.generation) }, { try? await Task.sleep(for: interval) })
            if Task.isCancelled { return false }
            if changes.generation != seen.generation { return true }
            if let version = try? await store.dataVersion(), version != seen.dataVersion { return true }
        }
        return false
    }

    /// Runs both and returns when the first ends, cancelling the other.
    private static func firstOf(
        _ first: @escaping @Sendable () async -> Void, _ second: @escaping @Sendable () async -> Void
    ) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask(operation: first)
            group.addTask(operation: second)
            await group.next()
            group.cancelAll()
        }
    }
}
