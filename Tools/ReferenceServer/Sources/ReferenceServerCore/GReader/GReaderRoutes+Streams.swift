import Foundation
import Hummingbird

extension GReaderRoutes {
    /// `stream/contents/<stream>`: a page of items, newest first unless `r=o`.
    @Sendable func streamContents(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = GReaderForm(request.uri.query)
        let marker = "/stream/contents/"
        guard let range = request.uri.path.range(of: marker),
            let streamID = String(request.uri.path[range.upperBound...]).removingPercentEncoding
        else { throw GReaderError.badRequest("a stream id is required") }
        let query = try Self.query(stream: streamID, form: form, limits: Self.contentsLimits)
        let items = try await store.greaderItems(query)
        return try GReaderWire.response(
            GReaderWire.StreamContents(
                id: query.stream.id, updated: Int64(now().timeIntervalSince1970), items: items.map(GReaderWire.Item.init),
                continuation: Self.continuation(after: items.last?.number, count: items.count, query: query)),
            contentType: GReaderWire.jsonType, for: request)
    }

    /// `stream/items/ids?s=…&output=json`: decimal item ids, labelled `text/html`.
    @Sendable func itemIDs(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = GReaderForm(request.uri.query)
        try Self.requireJSON(form)
        guard let streamID = form["s"] else { throw GReaderError.badRequest("s (a stream id) is required") }
        let query = try Self.query(stream: streamID, form: form, limits: Self.idsLimits)
        let refs = try await store.greaderItemRefs(query)
        return try GReaderWire.response(
            GReaderWire.ItemRefs(
                itemRefs: refs.map(GReaderWire.ItemRef.init),
                continuation: Self.continuation(after: refs.last?.number, count: refs.count, query: query)),
            contentType: GReaderWire.htmlType, for: request)
    }

    /// `POST stream/items/contents` with repeated `i=`: those items, in the order asked.
    @Sendable func itemContents(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(of: request)
        let numbers = form.values("i").compactMap(GReaderItemID.parse)
        let items = try await store.greaderItems(numbered: numbers)
        return try GReaderWire.response(
            GReaderWire.StreamContents(
                id: GReaderStream.readingListID, updated: Int64(now().timeIntervalSince1970),
                items: items.map(GReaderWire.Item.init), continuation: nil),
            contentType: GReaderWire.jsonType, for: request)
    }

    /// The query of a stream request: `n`, `c`, `ot`, `nt`, `r`, `xt`, `it`.
    /// - throws: ``GReaderError`` 400 for an unknown stream, a bad number or a continuation this server did not give.
    static func query(stream streamID: String, form: GReaderForm, limits: (standard: Int, max: Int))
        throws(GReaderError) -> GReaderQuery
    {
        guard let stream = GReaderStream(streamID) else { throw .badRequest("unknown stream \(streamID)") }
        var query = GReaderQuery(stream: stream, limit: limits.standard)
        if let text = form["n"] {
            guard let limit = Int(text), limit > 0 else { throw .badRequest("n must be a positive number") }
            query.limit = min(limit, limits.max)
        }
        if let text = form["c"], !text.isEmpty {
            guard let after = GReaderContinuation.decoded(text) else { throw .badRequest("c is not a continuation") }
            query.after = after
        }
        query.crawledSince = try seconds(form["ot"], name: "ot")
        query.crawledBefore = try seconds(form["nt"], name: "nt")
        query.oldestFirst = form["r"] == "o"
        query.excluded = form.values("xt").compactMap(GReaderStream.init)
        query.included = form.values("it").compactMap(GReaderStream.init)
        return query
    }

    /// A continuation after `last` when the page was full.
    static func continuation(after last: Int64?, count: Int, query: GReaderQuery) -> String? {
        guard count == query.limit, let last else { return nil }
        return GReaderContinuation.encoded(after: last)
    }

    private static func seconds(_ text: String?, name: String) throws(GReaderError) -> Int64? {
        guard let text else { return nil }
        guard let value = Int64(text) else { throw .badRequest("\(name) must be Unix seconds") }
        return value
    }
}
