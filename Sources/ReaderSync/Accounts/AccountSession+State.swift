import ReaderModels
import ReaderStore

extension AccountSession {
    /// Pulls the unread and starred id sets, fetches the items they (and
    /// `wanted`) name that are not cached (unread ones only down to the
    /// first window's `floor`: older ones are outside it), then takes the
    /// server's state for every cached item where no local change is pending.
    mutating func pullState(fetching wanted: Set<GReaderItemID>, floor: Int64?) async throws(SyncError) {
        announce(.pullingState)
        let unread = try await client.allItemIDs(
            stream: GReaderTag.readingList, excluding: GReaderTag.read, count: Self.idSetPageSize, report: &report)
        let starred = try await client.allItemIDs(stream: GReaderTag.starred, count: Self.idSetPageSize, report: &report)
        let cached = try await stored { store throws(StoreError) in try await store.cachedItemIDs(of: account) }
        var missing = wanted.union(starred)
        missing.formUnion(
            unread.filter { id in floor.map { id.value >= $0 } ?? true })
        let toFetch = missing.filter { !cached.contains($0.decimal) }.sorted(by: >)
        try await fetchItems(toFetch)
        let now = engine.wallClock()
        let unreadIDs = Set(unread.map(\.decimal))
        let starredIDs = Set(starred.map(\.decimal))
        let merge = try await stored { store throws(StoreError) in
            try await store.applyAccountState(unread: unreadIDs, starred: starredIDs, of: account, now: now)
        }
        report.statePulled += merge.changed
    }
}
