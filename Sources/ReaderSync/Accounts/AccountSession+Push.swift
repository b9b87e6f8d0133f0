import ReaderModels
import ReaderStore

extension AccountSession {
    /// Sends the outbox with `edit-tag`, at most 1,000 ids a request, one
    /// request per tag added or removed; each chunk's outbox rows leave once
    /// the server answered `OK`. The action token is fetched once, when
    /// there is something to send, and again once if the server calls it stale.
    mutating func pushOutbox() async throws(SyncError) {
        announce(.pushingState)
        var actionToken: String?
        while true {
            if Task.isCancelled { throw .cancelled }
            let pending = try await stored { store throws(StoreError) in
                try await store.pendingChanges(of: account, limit: GReaderClient.editTagLimit)
            }
            guard !pending.isEmpty else { return }
            for group in Self.grouped(pending) {
                let ids = group.changes.compactMap { GReaderItemID($0.remoteID) }
                let tag = group.field == StateField.read ? GReaderTag.read : GReaderTag.starred
                if !ids.isEmpty {
                    actionToken = try await client.editTagRefetchingToken(
                        ids, add: group.value ? tag : nil, remove: group.value ? nil : tag, actionToken: actionToken,
                        report: &report)
                }
                // A change whose id the server could never have given is dropped with its chunk.
                try await stored { store throws(StoreError) in try await store.acknowledge(group.changes, of: account) }
                report.statePushed += group.changes.count
            }
        }
    }

    /// `changes` by the tag they add or remove, in a stable order.
    static func grouped(_ changes: [StateChange]) -> [(field: StateField, value: Bool, changes: [StateChange])] {
        var groups: [(field: StateField, value: Bool, changes: [StateChange])] = []
        for field in StateField.allCases {
            for value in [true, false] {
                let matching = changes.filter { $0.field == field && $0.value == value }
                if !matching.isEmpty { groups.append((field, value, matching)) }
            }
        }
        return groups
    }
}
