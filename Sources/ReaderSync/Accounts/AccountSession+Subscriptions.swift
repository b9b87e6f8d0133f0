import ReaderModels
import ReaderStore

extension AccountSession {
    /// `quickadd`s `url`, files it in `folder`, and saves the new subscription list.
    mutating func subscribe(to url: String, folder: String?) async throws(SyncError) -> Source {
        var actionToken = try await client.actionToken(report: &report)
        let stream = try await client.quickAdd(url: url, actionToken: actionToken, report: &report)
        if let folder {
            actionToken = try await client.actionToken(report: &report)
            try await client.editSubscription(
                action: .edit, stream: stream, addFolder: folder, actionToken: actionToken, report: &report)
        }
        try await readSubscriptions()
        if let source = sources[stream] { return source }
        let saved = try await stored { store throws(StoreError) in
            try await store.saveSubscriptions(
                [AccountSubscription(streamID: stream, feedURL: url, folder: folder)], of: account, complete: false)
        }
        guard let source = saved.first(where: { $0.streamID == stream }) else {
            throw .unexpectedAnswer(account: account.name, route: "subscription/quickadd", detail: "no subscription \(stream)")
        }
        return source
    }

    /// Unsubscribes from `source` on the server, then removes it here.
    mutating func unsubscribe(from source: Source) async throws(SyncError) {
        guard let stream = source.streamID else { throw .syncedByAccount(source: source.url) }
        let actionToken = try await client.actionToken(report: &report)
        try await client.editSubscription(action: .unsubscribe, stream: stream, actionToken: actionToken, report: &report)
        _ = try await stored { store throws(StoreError) in try await store.removeSource(url: source.url) }
    }
}
