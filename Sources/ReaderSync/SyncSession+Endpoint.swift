import Foundation
import ReaderHTTP
import ReaderModels
@_spi(ReaderInternals) import ReaderStore

extension SyncSession {
    /// Syncs a Reader Sync API endpoint: push the outbox, pull articles until
    /// `has_more` is false, pull state until `has_more` is false.
    mutating func syncEndpoint() async throws(SyncError) {
        try await pushOutbox()
        try await pullArticles()
        try await pullState()
    }

    /// State changes asked for per state page.
    static let statePageSize = 1000

    /// `wanted` items a page, or fewer when the endpoint's discovery announced
    /// a smaller `page_limit_max`.
    func pageLimit(_ wanted: Int) -> Int {
        guard let max = source.pageLimitMax, max >= 1 else { return wanted }
        return min(wanted, max)
    }

    /// `{endpoint}/v1/{path}`, joined with exactly one `/`, with `query` encoded.
    func endpointURL(_ path: String, query: [(String, String?)]) -> String {
        var url = source.url
        while url.hasSuffix("/") { url.removeLast() }
        url += "/v1/" + path
        let items = query.compactMap { name, value in
            value.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: Self.queryValueCharacters) ?? $0)" }
        }
        return items.isEmpty ? url : url + "?" + items.joined(separator: "&")
    }

    private mutating func pushOutbox() async throws(SyncError) {
        announce(.pushingState)
        let device: String
        do {
            device = try await engine.store.deviceID()
        } catch {
            throw .store(error)
        }
        var restamps = 0
        while true {
            let changes: [StateChange]
            do {
                changes = try await engine.store.pendingChanges(for: source, limit: 1000)
            } catch {
                throw .store(error)
            }
            guard !changes.isEmpty else { return }
            let body: Data
            do {
                body = try SyncWire.makeEncoder().encode(SyncWire.StatePush(device: device, changes: changes))
            } catch {
                throw .protocolViolation(source: source.url, detail: "cannot encode state: \(error)")
            }
            let request = HTTPRequest(
                url: endpointURL("state", query: []), method: .post,
                headers: ["Content-Type": "application/json", "Accept": "application/json"], body: body)
            let (response, _) = try await runner.fetchJSON(
                SyncWire.StatePushResult.self, request, passing: [400], report: &report)
            if response.status == 400 {
                try await restamp(refusedBy: response, restamps: &restamps)
                continue
            }
            do {
                try await engine.store.acknowledge(changes, for: source)
            } catch {
                throw .store(error)
            }
            report.statePushed += changes.count
        }
    }

    /// After a 400 to a push: when it is `clock_ahead`, re-stamps the
    /// outbox by the server's time (at most twice a sync, and only if a
    /// change was ahead); any other 400, or one more, fails the sync.
    private mutating func restamp(refusedBy response: HTTPResponse, restamps: inout Int) async throws(SyncError) {
        let refusal = (try? JSONDecoder().decode(SyncWire.ErrorBody.self, from: response.body))?.error
        let failure = SyncError.http(source: source.url, status: response.status, message: runner.message(in: response))
        guard refusal?.code == SyncWire.ErrorBody.clockAhead, let serverMS = refusal?.serverMS, restamps < 2 else {
            throw failure
        }
        restamps += 1
        let restamped: Int
        do {
            restamped = try await engine.store.restampPendingChanges(for: source, serverMS: serverMS, now: engine.wallClock())
        } catch {
            throw .store(error)
        }
        guard restamped > 0 else { throw failure }
        report.stateRestamped += restamped
    }

    /// Pulls article pages until `has_more` is false. While a page is
    /// stored, the next one is already being fetched and tagged; if it is
    /// not in yet once the page is stored, the wait goes to the search queue.
    /// A server that repeats itself, or never ends, ends the sync after
    /// storing its page (``PullProgress``).
    private mutating func pullArticles() async throws(SyncError) {
        var cursor = source.articleCursor
        var etag = source.etag
        var progress = PullProgress(.articles, from: cursor)
        var prefetched: ArticlePageFetch?
        defer { prefetched?.cancel() }
        while true {
            if Task.isCancelled { throw .cancelled }
            announce(.articles)
            let fetch = prefetched ?? ArticlePageFetch(
                runner: runner, request: articlesRequest(cursor: cursor, etag: etag), mapping: mapping)
            prefetched = nil
            let (response, page, batch, skipped) = try await fetch.result(countingInto: &report)
            if response.status == 410 {
                guard report.restarts == 0, cursor != nil else {
                    throw .http(source: source.url, status: 410, message: runner.message(in: response))
                }
                report.restarts += 1
                cursor = nil
                etag = nil
                progress = PullProgress(.articles, from: nil)  // the stream again: all of it is news to this pull
                try await save(SourceUpdate(etag: .clear, restartArticleStream: true))
                continue
            }
            guard let page else {
                report.notModified = true
                return
            }
            let stop = progress.record(
                askedWith: cursor, nextCursor: page.nextCursor, hasMore: page.hasMore,
                entries: Self.entries(of: page, skipped: skipped), source: source.url)
            if page.hasMore && stop == nil {
                prefetched = ArticlePageFetch(
                    runner: runner, request: articlesRequest(cursor: page.nextCursor, etag: nil), mapping: mapping)
            }
            // The ETag is kept only for an answer at the head of the stream,
            // where the next request repeats the same URL.
            let atHead = !page.hasMore && page.nextCursor == cursor
            let newETag = atHead ? response.header("ETag").flatMap { $0.isEmpty ? nil : $0 } : nil
            try await apply(
                batch,
                progress: SourceUpdate(etag: ValueChange(newETag), articleCursor: page.nextCursor, reachedArticleStreamEnd: !page.hasMore))
            report.skipped += skipped
            announce(.articles)
            if let stop { throw stop }
            if let prefetched { try await indexSearchQueue(until: { prefetched.isFinished }) }
            cursor = page.nextCursor
            etag = newETag
            guard page.hasMore else { return }
        }
    }

    /// What an article page carries, for ``PullProgress``: each article with
    /// its `updated`, each retraction, and each article that could not be read.
    private static func entries(of page: SyncWire.ArticlePage, skipped: [String]) -> [String] {
        page.articles.map { "a \($0.id) \($0.updated.timeIntervalSince1970)" } + page.deleted.map { "d \($0)" }
            + skipped.map { "u \($0) \(page.nextCursor)" }
    }

    /// The request for the article page after `cursor`.
    private func articlesRequest(cursor: String?, etag: String?) -> HTTPRequest {
        var headers = ["Accept": "application/json"]
        if let etag { headers["If-None-Match"] = etag }
        return HTTPRequest(
            url: endpointURL("articles", query: [("cursor", cursor), ("limit", String(pageLimit(engine.pageSize)))]),
            headers: headers)
    }

    private mutating func pullState() async throws(SyncError) {
        var cursor = source.stateCursor
        var progress = PullProgress(.state, from: cursor)
        while true {
            if Task.isCancelled { throw .cancelled }
            announce(.pullingState)
            let request = HTTPRequest(
                url: endpointURL("state", query: [("cursor", cursor), ("limit", String(pageLimit(Self.statePageSize)))]),
                headers: ["Accept": "application/json"])
            let (response, page) = try await runner.fetchJSON(SyncWire.StatePage.self, request, report: &report)
            guard let page else { return }
            let stop = progress.record(
                askedWith: cursor, nextCursor: page.nextCursor, hasMore: page.hasMore, entries: page.changes,
                source: source.url)
            do {
                let merged = try await engine.store.applyRemoteChanges(
                    page.changes, from: source, stateCursor: page.nextCursor,
                    serverTime: response.header("Date").flatMap { RetryPolicy.httpDate($0.trimmingCharacters(in: .whitespaces)) },
                    now: engine.wallClock())
                report.statePulled += merged.applied
                report.clocksSkipped += merged.skipped
            } catch {
                throw .store(error)
            }
            if let stop { throw stop }
            cursor = page.nextCursor
            guard page.hasMore else { return }
        }
    }

    private static let queryValueCharacters: CharacterSet = {
        var characters = CharacterSet.alphanumerics
        characters.insert(charactersIn: "-._~")
        return characters
    }()
}
