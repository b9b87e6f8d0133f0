import Foundation
import Hummingbird
import ReaderModels

/// The Reader Sync API, version 1: discovery, the article stream and the
/// read/bookmark state (`shared/sync-protocol.md`).
struct SyncRoutes: Sendable {
    let store: ServerStore
    let faults: FaultInjector
    let title: String
    let pageLimitMax: Int
    /// How far ahead of ``now`` a pushed clock may be; `nil` accepts any.
    let clockBound: ClockBound?
    /// The server's time.
    let now: @Sendable () -> Date

    /// The most bytes a state push may have: 1000 changes with long ids fit easily.
    static let maxPushBytes = 4 << 20
    /// The most changes one push may carry.
    static let maxPushChanges = 1000

    /// Adds the routes under `group` (the endpoint, `/api`).
    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get(use: discovery)
        group.get("v1/articles", use: articles)
        group.get("v1/state", use: state)
        group.post("v1/state", use: pushState)
    }

    @Sendable func discovery(_ request: Request, context: BasicRequestContext) -> Response {
        JSONBody.response(SyncWire.Discovery(title: title, pageLimitMax: pageLimitMax))
    }

    @Sendable func articles(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let query = try PageQuery(request, stream: .articles, maxLimit: pageLimitMax)
        let settings = faults.settings
        try rejectInjectedExpiry(of: query, settings: settings)
        let page = try await store.articlePage(
            after: query.cursor?.seq, base: query.cursor?.base ?? 0, limit: query.limit, overlap: settings.overlap)
        var articles: [SyncWire.Article] = []
        var deleted: [String] = []
        for change in page.changes {
            switch change {
            case .published(let article): articles.append(article)
            case .retracted(let id): deleted.append(id)
            }
        }
        let body = SyncWire.ArticlePage(
            articles: articles, deleted: deleted,
            nextCursor: StreamCursor(stream: .articles, seq: page.nextSeq, base: page.base).encoded,
            hasMore: page.hasMore)
        let tag = EntityTag(hashing: [
            "articles", query.cursorText ?? "", String(query.limit), String(page.head), String(settings.overlap),
        ])
        return try Representation(body: try JSONBody.buffer(body), contentType: JSONBody.contentType, entityTag: tag)
            .response(to: request)
    }

    @Sendable func state(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let query = try PageQuery(request, stream: .state, maxLimit: pageLimitMax)
        try rejectInjectedExpiry(of: query, settings: faults.settings)
        let page = try await store.statePage(after: query.cursor?.seq, limit: query.limit)
        let body = SyncWire.StatePage(
            changes: page.changes, nextCursor: StreamCursor(stream: .state, seq: page.nextSeq).encoded,
            hasMore: page.hasMore)
        let tag = EntityTag(hashing: ["state", query.cursorText ?? "", String(query.limit), String(page.head)])
        return try Representation(body: try JSONBody.buffer(body), contentType: JSONBody.contentType, entityTag: tag)
            .response(to: request)
    }

    @Sendable func pushState(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let push = try await JSONBody.decode(SyncWire.StatePush.self, from: request, maxBytes: Self.maxPushBytes)
        let changes = try Self.validated(push)
        try checkClocks(of: changes)
        let result = try await store.mergeState(changes)
        return JSONBody.response(SyncWire.StatePushResult(applied: result.applied, ignored: result.ignored))
    }

    /// The changes of `push`, checked.
    /// - throws: ``APIError`` 400 for no changes or too many, or a change
    ///   without an article id or a clock device.
    static func validated(_ push: SyncWire.StatePush) throws(APIError) -> [StateChange] {
        guard (1...maxPushChanges).contains(push.changes.count) else {
            throw APIError.badRequest("changes must hold 1 to \(maxPushChanges) state changes")
        }
        if let bad = push.changes.first(where: { $0.remoteID.isEmpty || $0.clock.device.isEmpty }) {
            throw APIError.badRequest(
                "every change needs an article_id and a clock device (\(bad.field.rawValue) change without one)")
        }
        return push.changes
    }

    /// 400 `bad_request` for a counter of 2^31 or more (or below 0), and
    /// 400 `clock_ahead` with the server's time for a clock more than the
    /// bound ahead of it: the push is refused whole.
    private func checkClocks(of changes: [StateChange]) throws(APIError) {
        if let bad = changes.first(where: { !ClockBound.hasValidCounter($0.clock) }) {
            throw APIError.badRequest(
                "a clock counter must be from 0 to below 2^31 (\(bad.field.rawValue) of \(bad.remoteID) has \(bad.clock.counter))")
        }
        guard let clockBound else { return }
        let serverMS = HybridLogicalClock.ms(of: now())
        let latest = clockBound.latestMS(admittedAt: serverMS)
        guard let ahead = changes.map(\.clock).filter({ $0.ms > latest }).max() else { return }
        throw APIError.clockAhead(
            "a clock is \(ahead.ms - serverMS) ms ahead of the server's time, more than \(clockBound.maxAheadMS) ms; "
                + "re-stamp the changes by server_ms and post them again",
            serverMS: serverMS)
    }

    /// 410 for a cursor the fault settings name as expired.
    private func rejectInjectedExpiry(of query: PageQuery, settings: FaultSettings) throws(APIError) {
        guard let text = query.cursorText, settings.expiredCursors.contains(text) else { return }
        faults.countExpiredCursor()
        throw APIError.cursorExpired("this cursor has expired; restart the stream without a cursor")
    }
}
