import Foundation
import ReaderCore
import ReaderTestSupport
import Synchronization

/// A Sync API server in memory for convergence tests: a fixed set of articles,
/// and state merged with the one shared rule, ``LastWriterWins``.
///
/// It can misbehave as the contract allows: deliver state pages with
/// duplicates and in reverse order.
final class FakeStateServer: Sendable {
    static let url = "http://state.example/api"
    let articleCount: Int
    private let state = Mutex<(changes: [String: (change: StateChange, seq: Int)], seq: Int)>(([:], 0))
    private let duplicateAndReorder: Bool

    init(articleCount: Int, duplicateAndReorder: Bool) {
        self.articleCount = articleCount
        self.duplicateAndReorder = duplicateAndReorder
    }

    /// The winning value of every (article, field) the server holds.
    var winners: [String: StateChange] {
        state.withLock { $0.changes.mapValues(\.change) }
    }

    func answer(_ request: HTTPRequest) -> Result<HTTPResponse, TransportError> {
        let components = URLComponents(string: request.url)
        let cursor = Int(components?.queryItems?.first { $0.name == "cursor" }?.value ?? "0") ?? 0
        switch (components?.path, request.method) {
        case ("/api", _):
            return ScriptedTransport.json(SyncWire.Discovery(title: "State", pageLimitMax: 1000), for: request)
        case ("/api/v1/articles", _):
            let articles = (0..<articleCount).map { FakeEndpoint.article($0) }
            let page = SyncWire.ArticlePage(articles: articles, deleted: [], nextCursor: "1", hasMore: false)
            return ScriptedTransport.json(page, for: request, encoder: SyncWire.makeEncoder())
        case ("/api/v1/state", .post):
            guard let push = try? SyncWire.makeDecoder().decode(SyncWire.StatePush.self, from: request.body ?? Data())
            else { return .success(HTTPResponse(status: 400, url: request.url)) }
            let applied = push.changes.filter(merge).count
            return ScriptedTransport.json(SyncWire.StatePushResult(applied: applied, ignored: push.changes.count - applied), for: request)
        case ("/api/v1/state", _):
            let (changes, head) = state.withLock { state in
                (state.changes.values.filter { $0.seq > cursor }.sorted { $0.seq < $1.seq }.map(\.change), state.seq)
            }
            let delivered = duplicateAndReorder ? (changes + changes.prefix(2)).reversed() : changes
            let page = SyncWire.StatePage(changes: Array(delivered), nextCursor: String(head), hasMore: false)
            return ScriptedTransport.json(page, for: request, encoder: SyncWire.makeEncoder())
        default:
            return .success(HTTPResponse(status: 404, url: request.url))
        }
    }

    /// Merges one change; whether it won.
    private func merge(_ change: StateChange) -> Bool {
        state.withLock { state in
            let key = "\(change.remoteID)/\(change.field.rawValue)"
            let current = state.changes[key]?.change
            guard LastWriterWins.merge(current, change) != current else { return false }
            state.seq += 1
            state.changes[key] = (change, state.seq)
            return true
        }
    }
}
