import CorpusGenerator
import Foundation
import Hummingbird
import NIOCore
import ReaderModels

/// The admin API under `/admin`: publish, edit and retract articles, change
/// state as a device would (past the faults), dump what the server holds,
/// change fault injection at runtime and count the faults served.
struct AdminRoutes: Sendable {
    let store: ServerStore
    let faults: FaultInjector

    /// The most bytes a publish body may have.
    static let maxPublishBytes = 64 << 20
    /// The most articles one random helper call may touch.
    static let maxRandomCount = 100_000
    /// Rows read per database round trip while streaming a dump.
    static let dumpChunk = 1000

    /// Adds the routes under `group` (`/admin`).
    func register(on group: RouterGroup<BasicRequestContext>) {
        group.post("articles", use: publish)
        group.get("articles", use: dumpArticles)
        group.delete("articles/:id", use: retract)
        group.post("edit-random", use: editRandom)
        group.post("retract-random", use: retractRandom)
        group.post("publish-random", use: publishRandom)
        group.get("state", use: dumpState)
        group.post("state", use: mergeState)
        group.get("faults", use: currentFaults)
        group.put("faults", use: replaceFaults)
        group.get("stats", use: faultStats)
    }

    /// The ids a mutation touched.
    struct AffectedIDs: Codable, Sendable {
        let ids: [String]
    }

    /// The body of the random helpers.
    struct RandomRequest: Codable, Sendable {
        let count: Int
        let seed: UInt64?
    }

    /// One line of the article dump.
    struct ArticleListing: Codable, Sendable {
        let id: String
        let updated: Date
        let title: String
        let provinces: [String]?
    }

    /// `POST /admin/articles`: one `SyncWire.Article` or an array of them;
    /// new ids are published, known ids edited (with a later `updated`).
    @Sendable func publish(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let data = try await JSONBody.bytes(of: request, maxBytes: Self.maxPublishBytes)
        let isList = data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) } == UInt8(ascii: "[")
        let articles =
            isList
            ? try JSONBody.decode([SyncWire.Article].self, from: data)
            : [try JSONBody.decode(SyncWire.Article.self, from: data)]
        if let bad = articles.first(where: { $0.id.isEmpty || $0.title.isEmpty || $0.url.isEmpty }) {
            throw APIError.badRequest("every article needs an id, a url and a title (article \"\(bad.id)\")")
        }
        let ids = try await store.publish(articles, updated: .laterThanStored)
        return JSONBody.response(AffectedIDs(ids: ids))
    }

    /// `DELETE /admin/articles/{id}`: retracts a live article.
    @Sendable func retract(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let ids = try await store.retract(ids: [id])
        guard !ids.isEmpty else { throw APIError.notFound("no live article with id \(id)") }
        return JSONBody.response(AffectedIDs(ids: ids))
    }

    /// `POST /admin/edit-random` `{"count": N, "seed": S}`.
    @Sendable func editRandom(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let random = try await randomRequest(request)
        let ids = try await store.editRandom(count: random.count, seed: random.seed ?? 0)
        return JSONBody.response(AffectedIDs(ids: ids))
    }

    /// `POST /admin/retract-random` `{"count": N, "seed": S}`.
    @Sendable func retractRandom(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let random = try await randomRequest(request)
        let ids = try await store.retractRandom(count: random.count, seed: random.seed ?? 0)
        return JSONBody.response(AffectedIDs(ids: ids))
    }

    /// `POST /admin/publish-random` `{"count": N, "seed": S}`: publishes a
    /// corpus of N with ids `p<S>-1`...; the same seed publishes the same articles.
    @Sendable func publishRandom(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let random = try await randomRequest(request)
        let corpus = CorpusGenerator(count: random.count, seed: random.seed ?? 0, idPrefix: "p")
        var ids: [String] = []
        for start in stride(from: 0, to: corpus.count, by: Self.dumpChunk) {
            let batch = (start..<min(start + Self.dumpChunk, corpus.count)).map(corpus.article(at:))
            ids += try await store.publish(batch, updated: .asGiven, crawl: start == 0 ? .afterEarlier : .withEarlier)
        }
        return JSONBody.response(AffectedIDs(ids: ids))
    }

    /// `GET /admin/articles`: every live article as `{id, updated, title,
    /// provinces}`, in id order, streamed as one JSON array.
    @Sendable func dumpArticles(_ request: Request, context: BasicRequestContext) -> Response {
        let store = store
        return Self.streamedArray { (after: String?) async throws -> ([ArticleListing], String?) in
            let chunk = try await store.liveArticles(afterID: after, limit: Self.dumpChunk)
            let listings = chunk.map {
                ArticleListing(id: $0.id, updated: $0.updated, title: $0.title, provinces: $0.provinces)
            }
            return (listings, chunk.count == Self.dumpChunk ? chunk.last?.id : nil)
        }
    }

    /// `GET /admin/state`: every stored state value, in (article, field)
    /// order, streamed as one JSON array.
    @Sendable func dumpState(_ request: Request, context: BasicRequestContext) -> Response {
        let store = store
        return Self.streamedArray { (after: StateKey?) async throws -> ([StateChange], StateKey?) in
            let chunk = try await store.stateEntries(
                after: after.map { ($0.articleID, $0.field) }, limit: Self.dumpChunk)
            let next = chunk.count == Self.dumpChunk ? chunk.last.map { StateKey($0) } : nil
            return (chunk, next)
        }
    }

    /// `POST /admin/state`: a push body (`{"device": ..., "changes": [...]}`)
    /// merged by the same rule as `POST /api/v1/state`, but never meeting a
    /// fault: state changed on the server's side, as a web reader would.
    @Sendable func mergeState(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let push = try await JSONBody.decode(SyncWire.StatePush.self, from: request, maxBytes: SyncRoutes.maxPushBytes)
        let result = try await store.mergeState(try SyncRoutes.validated(push))
        return JSONBody.response(SyncWire.StatePushResult(applied: result.applied, ignored: result.ignored))
    }

    /// `GET /admin/stats`: the requests seen and faults served since start.
    @Sendable func faultStats(_ request: Request, context: BasicRequestContext) -> Response {
        JSONBody.response(faults.stats)
    }

    /// `GET /admin/faults`.
    @Sendable func currentFaults(_ request: Request, context: BasicRequestContext) -> Response {
        JSONBody.response(faults.settings)
    }

    /// `PUT /admin/faults`: replaces the fault settings and restarts their request numbering.
    ///
    /// Not optimized: Swift 6.3.1 crashes while splitting this route's
    /// coroutine in a release build (signal 11 in `emitSetAndGetSwiftErrorValueAround`).
    @_optimize(none)
    @Sendable func replaceFaults(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let settings = try await JSONBody.decode(FaultSettings.self, from: request, maxBytes: 1 << 20)
        if let problem = settings.problem { throw APIError.badRequest(problem) }
        faults.replace(with: settings)
        return JSONBody.response(settings)
    }

    private func randomRequest(_ request: Request) async throws -> RandomRequest {
        let random = try await JSONBody.decode(RandomRequest.self, from: request, maxBytes: 1 << 16)
        guard (0...Self.maxRandomCount).contains(random.count) else {
            throw APIError.badRequest("count must be from 0 to \(Self.maxRandomCount)")
        }
        return random
    }

    /// Where a state dump chunk ends.
    struct StateKey: Sendable {
        let articleID: String
        let field: String

        init(_ change: StateChange) {
            articleID = change.remoteID
            field = change.field.rawValue
        }
    }

    /// A 200 whose body is a JSON array written chunk by chunk: `nextChunk`
    /// gets the key the previous chunk ended at (`nil` first) and returns the
    /// elements and the key to continue from, `nil` when done.
    private static func streamedArray<Element: Encodable & Sendable, Key: Sendable>(
        _ nextChunk: @escaping @Sendable (Key?) async throws -> ([Element], Key?)
    ) -> Response {
        let body = ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "["))
            var key: Key?
            var isFirst = true
            repeat {
                let (elements, next) = try await nextChunk(key)
                var buffer = ByteBuffer()
                for element in elements {
                    buffer.writeString(isFirst ? "\n" : ",\n")
                    isFirst = false
                    var encoded = try JSONBody.buffer(element)
                    buffer.writeBuffer(&encoded)
                }
                if buffer.readableBytes > 0 { try await writer.write(buffer) }
                key = next
            } while key != nil
            try await writer.write(ByteBuffer(string: "\n]\n"))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: JSONBody.contentType], body: body)
    }
}
