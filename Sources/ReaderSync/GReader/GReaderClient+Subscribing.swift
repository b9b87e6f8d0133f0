import Foundation
import ReaderModels

extension GReaderClient {
    /// What `subscription/edit` does to a feed (`ac`).
    enum SubscriptionAction: String, Sendable {
        /// Subscribe to it.
        case subscribe
        /// Unsubscribe from it (servers delete its items).
        case unsubscribe
        /// Rename it or move it between folders.
        case edit
    }

    /// Subscribes the account to the feed at `url` (`POST subscription/quickadd`),
    /// which the server fetches at once, and returns its stream id (`feed/7`).
    ///
    /// - throws: ``SyncError/subscriptionRefused(account:url:message:)`` when
    ///   the server could not (`numResults: 0`), with its reason;
    ///   ``SyncError/unexpectedAnswer(account:route:detail:)`` for an answer
    ///   without a stream id.
    func quickAdd(url: String, actionToken: String, report: inout SyncReport) async throws(SyncError) -> String {
        let route = GReaderRoute.api("subscription/quickadd")
        let form = [(name: "quickadd", value: url), (name: "T", value: actionToken)]
        let result = try await exchange.perform(route, request(route, form: form), report: &report) {
            response throws(GReaderExchange.Unexpected) in
            try GReaderExchange.json(GReaderWire.QuickAddResult.self, from: response)
        }
        guard result.numResults.value > 0 else {
            throw SyncError.subscriptionRefused(
                account: accountName, url: url, message: result.error.map(runner.displayable)
            ).redacting([authToken])
        }
        guard let streamID = result.streamId, !streamID.isEmpty else {
            throw .unexpectedAnswer(account: accountName, route: route.name, detail: "no streamId")
        }
        return streamID
    }

    /// Subscribes to, unsubscribes from or edits the feed `stream`
    /// (`POST subscription/edit`): renames it to `title`, puts it in the
    /// folder `addFolder`, takes it out of `removeFolder` (folder names, not tags).
    ///
    /// - throws: ``SyncError/unexpectedAnswer(account:route:detail:)`` for a
    ///   2xx whose body is not `OK`.
    func editSubscription(
        action: SubscriptionAction, stream: String, title: String? = nil, addFolder: String? = nil,
        removeFolder: String? = nil, actionToken: String, report: inout SyncReport
    ) async throws(SyncError) {
        var form = [(name: "ac", value: action.rawValue), (name: "s", value: stream)]
        if let title { form.append(("t", title)) }
        if let addFolder { form.append(("a", GReaderTag.label(addFolder))) }
        if let removeFolder { form.append(("r", GReaderTag.label(removeFolder))) }
        form.append(("T", actionToken))
        try await write(.api("subscription/edit"), form: form, report: &report) { () }
    }
}
