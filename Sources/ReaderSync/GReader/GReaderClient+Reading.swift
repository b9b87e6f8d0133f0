import Foundation
import ReaderHTTP
import ReaderModels

extension GReaderClient {
    /// The feeds the account subscribes to (`subscription/list`).
    func subscriptions(report: inout SyncReport) async throws(SyncError) -> [GReaderSubscription] {
        let route = GReaderRoute.api("subscription/list")
        let list = try await exchange.perform(route, request(route, query: [("output", "json")]), report: &report) {
            response throws(GReaderExchange.Unexpected) in
            try GReaderExchange.json(GReaderWire.SubscriptionList.self, from: response)
        }
        return list.subscriptions.map(GReaderSubscription.init)
    }

    /// One page of the items of `stream` (`stream/contents/STREAM`), newest first.
    ///
    /// - parameter stream: a stream id, such as ``GReaderTag/readingList`` or `feed/2`.
    /// - parameter count: the most items in the page (`n`).
    /// - parameter continuation: where the page starts, as the previous page
    ///   gave it (`c`); `nil` for the first page.
    /// - parameter newerThan: only items the server fetched at or after then (`ot`).
    func streamContents(
        stream: String, count: Int, continuation: String? = nil, newerThan: Date? = nil, report: inout SyncReport
    ) async throws(SyncError) -> GReaderItemPage {
        let route = GReaderRoute.streamContents(stream)
        var query = [("n", String(count)), ("output", "json")]
        query += Self.paging(continuation: continuation, newerThan: newerThan)
        return try await itemPage(route, request(route, query: query), report: &report)
    }

    /// The items `ids` names (`POST stream/items/contents`), as many as the
    /// server has; the caller keeps a request to a reasonable number of ids.
    /// No request is made for no ids.
    func items(_ ids: [GReaderItemID], report: inout SyncReport) async throws(SyncError) -> GReaderItemPage {
        guard !ids.isEmpty else { return GReaderItemPage(entries: [], skipped: [], continuation: nil) }
        let route = GReaderRoute.api("stream/items/contents")
        let form = ids.map { (name: "i", value: $0.decimal) }
        return try await itemPage(route, request(route, query: [("output", "json")], form: form), report: &report)
    }

    /// One page of the ids of `stream`'s items (`stream/items/ids`).
    ///
    /// - parameter excluding: leave out items in this state (`xt`), such as
    ///   ``GReaderTag/read`` for the unread ones.
    /// - parameter count: the most ids in the page (`n`).
    /// - parameter newerThan: only items the server fetched at or after then (`ot`).
    /// - parameter continuation: where the page starts, as the previous page gave it (`c`).
    /// - throws: ``SyncError/unexpectedAnswer(account:route:detail:)`` when
    ///   an id is not an item id, as for any answer that does not read.
    func itemIDs(
        stream: String, excluding: String? = nil, count: Int = 1000, newerThan: Date? = nil, continuation: String? = nil,
        report: inout SyncReport
    ) async throws(SyncError) -> GReaderIDPage {
        let route = GReaderRoute.api("stream/items/ids")
        var query = [("s", stream), ("n", String(count)), ("output", "json")]
        if let excluding { query.append(("xt", excluding)) }
        query += Self.paging(continuation: continuation, newerThan: newerThan)
        return try await exchange.perform(route, request(route, query: query), report: &report) {
            response throws(GReaderExchange.Unexpected) in
            let refs = try GReaderExchange.json(GReaderWire.ItemRefs.self, from: response)
            var ids: [GReaderItemID] = []
            for ref in refs.itemRefs {
                guard let id = GReaderItemID(ref.id) else {
                    throw GReaderExchange.Unexpected(detail: "not an item id: \(ref.id.prefix(60))")
                }
                ids.append(id)
            }
            return GReaderIDPage(ids: ids, continuation: refs.continuation.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    /// Every id of `stream`'s items, following `continuation` from page to
    /// page of `count` until a page has none or brings no ids.
    ///
    /// - throws: ``SyncError/serverRepeatsItself(source:detail:)`` when the
    ///   server gives a continuation it gave before, and the errors of
    ///   ``itemIDs(stream:excluding:count:newerThan:continuation:report:)``.
    func allItemIDs(
        stream: String, excluding: String? = nil, count: Int = 1000, newerThan: Date? = nil, report: inout SyncReport
    ) async throws(SyncError) -> [GReaderItemID] {
        var ids: [GReaderItemID] = []
        var continuation: String?
        var followed: Set<String> = []
        repeat {
            let page = try await itemIDs(
                stream: stream, excluding: excluding, count: count, newerThan: newerThan, continuation: continuation,
                report: &report)
            ids += page.ids
            guard !page.ids.isEmpty, let next = page.continuation else { break }
            guard followed.insert(next).inserted else {
                throw .serverRepeatsItself(
                    source: accountName, detail: "stream/items/ids gave the continuation \(runner.displayable(next)) again")
            }
            continuation = next
        } while true
        return ids
    }

    /// The `c` and `ot` query fields of a paged request.
    private static func paging(continuation: String?, newerThan: Date?) -> [(name: String, value: String)] {
        var query: [(name: String, value: String)] = []
        if let continuation { query.append(("c", continuation)) }
        if let newerThan { query.append(("ot", String(Int64(newerThan.timeIntervalSince1970.rounded(.down))))) }
        return query
    }

    /// The page of items `request` to `route` returns.
    private func itemPage(_ route: GReaderRoute, _ request: HTTPRequest, report: inout SyncReport)
        async throws(SyncError) -> GReaderItemPage
    {
        try await exchange.perform(route, request, report: &report) { response throws(GReaderExchange.Unexpected) in
            GReaderItemPage(try GReaderExchange.json(GReaderWire.StreamContents.self, from: response))
        }
    }
}
