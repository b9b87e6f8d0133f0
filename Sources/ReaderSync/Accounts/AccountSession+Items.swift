import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore

extension AccountSession {
    /// Pages the reading list newest first until the window is full (or
    /// back to its `since`), going on from where a stopped sync left it.
    mutating func fetchFirstWindow(from position: AccountSyncPosition) async throws(SyncError) {
        var continuation = position.windowContinuation
        var fetched = position.windowFetched
        var followed: Set<String> = []
        while fetched < position.windowLimit {
            if Task.isCancelled { throw .cancelled }
            announce(.articles)
            let page = try await client.streamContents(
                stream: GReaderTag.readingList, count: min(Self.windowPageSize, position.windowLimit - fetched),
                continuation: continuation, newerThan: position.windowSince, report: &report)
            let received = page.entries.count + page.skipped.count
            fetched += received
            let next = page.continuation.flatMap { received == 0 ? nil : $0 }
            if let next, !followed.insert(next).inserted || next == continuation {
                throw .serverRepeatsItself(
                    source: account.url,
                    detail: "stream/contents gave continuation \(client.runner.displayable(next)) again")
            }
            let done = next == nil || fetched >= position.windowLimit
            try await store(
                page.entries, skipped: page.skipped,
                progress: AccountUpdate(
                    windowContinuation: next ?? "", windowFetchedAdded: received, windowDone: done,
                    windowFloorCandidate: page.entries.map(\.itemID.value).min(),
                    fetchedSince: Self.newestFetch(of: page.entries)))
            report.pages += 1
            if done { return }
            continuation = next
        }
        try await stored { store throws(StoreError) in
            try await store.updateAccount(account.id, with: AccountUpdate(windowDone: true))
        }
    }

    /// The ids of items the server fetched since `since` (less a margin)
    /// that are not cached, newest first, page by page until a page brings
    /// none that is not cached.
    mutating func newItemIDs(since: Date?) async throws(SyncError) -> Set<GReaderItemID> {
        announce(.articles)
        let cached = try await stored { store throws(StoreError) in try await store.cachedItemIDs(of: account) }
        let newerThan = since.map { $0.addingTimeInterval(-Self.fetchMargin) }
        var wanted: Set<GReaderItemID> = []
        var continuation: String?
        var followed: Set<String> = []
        var count = Self.newIDsFirstPage
        while true {
            if Task.isCancelled { throw .cancelled }
            let page = try await client.itemIDs(
                stream: GReaderTag.readingList, excluding: nil, count: count, newerThan: newerThan,
                continuation: continuation, report: &report)
            count = min(count * 5, 1000)
            let new = page.ids.filter { !cached.contains($0.decimal) }
            wanted.formUnion(new)
            guard !new.isEmpty, let next = page.continuation else { return wanted }
            guard followed.insert(next).inserted else {
                throw .serverRepeatsItself(
                    source: account.url,
                    detail: "stream/items/ids gave continuation \(client.runner.displayable(next)) again")
            }
            continuation = next
        }
    }

    /// Fetches the items `ids` with `stream/items/contents`, a chunk a
    /// request, each chunk stored in one transaction.
    mutating func fetchItems(_ ids: [GReaderItemID]) async throws(SyncError) {
        var start = 0
        while start < ids.count {
            if Task.isCancelled { throw .cancelled }
            announce(.articles)
            let chunk = Array(ids[start..<min(ids.count, start + Self.contentsChunk)])
            let page = try await client.items(chunk, report: &report)
            try await store(
                page.entries, skipped: page.skipped, progress: AccountUpdate(fetchedSince: Self.newestFetch(of: page.entries)))
            report.pages += 1
            start += chunk.count
        }
    }

    /// Stores entries with `progress` in one transaction, after making sure
    /// every stream they name is a known subscription.
    mutating func store(_ entries: [GReaderEntry], skipped: [String], progress: AccountUpdate) async throws(SyncError) {
        try await ensureSources(for: entries)
        let (batch, states) = mapping.batch(from: entries, sources: sources)
        let now = engine.wallClock()
        report.articles.add(
            try await stored { store throws(StoreError) in
                try await store.applyAccountItems(batch, states: states, to: account, progress: progress, now: now)
            })
        report.skipped += skipped
    }

    /// Reads the subscription list again (once a sync) when entries name a
    /// stream not known; a stream still not listed becomes a subscription
    /// named after the entry's origin.
    private mutating func ensureSources(for entries: [GReaderEntry]) async throws(SyncError) {
        var unknown = entries.filter { sources[GReaderEntryMapping.streamID(of: $0)] == nil }
        guard !unknown.isEmpty else { return }
        if !subscriptionsReadThisSync {
            try await readSubscriptions()
            unknown = unknown.filter { sources[GReaderEntryMapping.streamID(of: $0)] == nil }
            guard !unknown.isEmpty else { return }
        }
        var extra: [String: AccountSubscription] = [:]
        for entry in unknown {
            let stream = GReaderEntryMapping.streamID(of: entry)
            extra[stream] = AccountSubscription(
                streamID: stream, title: entry.streamID == nil ? account.name : entry.originTitle,
                homePageURL: entry.originHTMLURL)
        }
        let subscriptions = extra.values.sorted { $0.streamID < $1.streamID }
        let saved = try await stored { store throws(StoreError) in
            try await store.saveSubscriptions(subscriptions, of: account, complete: false)
        }
        for source in saved { if let stream = source.streamID { sources[stream] = source } }
    }

    /// The server's fetch time of the newest of `entries`, else its newest
    /// publication date.
    static func newestFetch(of entries: [GReaderEntry]) -> Date? {
        entries.compactMap(\.crawled).max() ?? entries.map(\.published).max()
    }
}
