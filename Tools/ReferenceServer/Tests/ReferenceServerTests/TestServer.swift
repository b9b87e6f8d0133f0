import CompressNIO
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ReaderModels
import ReferenceServerCore
import Testing

/// The tokens the test servers use.
enum TestTokens {
    static let api = "api-token-4f1c9e"
    static let admin = "admin-token-77b2d0"
}

/// A temporary directory, removed after `body`.
func withTemporaryDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("reader-server-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try await body(directory)
}

/// Builds the server with `configure` applied to a quiet configuration whose
/// database lives in a temporary directory, and runs `test` against it.
func withServer<T: Sendable>(
    _ setup: TestingSetup = .router,
    configure: (inout ServerConfiguration, URL) throws -> Void = { _, _ in },
    _ test: @Sendable (any TestClientProtocol) async throws -> T
) async throws -> T {
    try await withTemporaryDirectory { directory in
        var configuration = ServerConfiguration(
            port: 0, databasePath: directory.appendingPathComponent("server.sqlite").path,
            adminToken: TestTokens.admin, logLevel: .critical)
        try configure(&configuration, directory)
        let app = try await buildApplication(configuration: configuration)
        return try await app.test(setup, test)
    }
}

extension HTTPFields {
    /// `Authorization: Bearer <token>`.
    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
    /// The admin token.
    static var admin: HTTPFields { bearer(TestTokens.admin) }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body decoded with the wire decoder.
    func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try SyncWire.makeDecoder().decode(type, from: Data(body.readableBytesView))
    }

    /// The error code of a JSON error body.
    var errorCode: String? { (try? decoded(as: SyncWire.ErrorBody.self))?.error.code }
}

/// `buffer` decompressed from gzip.
func gunzipped(_ buffer: ByteBuffer) throws -> ByteBuffer {
    var buffer = buffer
    return try buffer.decompress(with: .gzip())
}

/// JSON bytes of `value` with the wire encoder.
func jsonBody(_ value: some Encodable) throws -> ByteBuffer {
    ByteBuffer(bytes: try SyncWire.makeEncoder().encode(value))
}

/// A client's view of the article stream, built only from what the pages
/// say, by the protocol's rules: a later `updated` wins, a deletion removes.
struct ReplayedStream: Sendable {
    var articles: [String: SyncWire.Article] = [:]
    var cursor: String?
    var pages = 0
    var deliveries = 0

    /// Applies one page.
    mutating func apply(_ page: SyncWire.ArticlePage) {
        for article in page.articles {
            deliveries += 1
            if let known = articles[article.id], known.updated > article.updated { continue }
            articles[article.id] = article
        }
        for id in page.deleted { articles[id] = nil }
        cursor = page.nextCursor
        pages += 1
    }
}

extension TestClientProtocol {
    /// GET `uri` with `headers`.
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }

    /// Pulls the article stream from `stream.cursor` until `has_more` is false.
    func pullArticles(
        into stream: inout ReplayedStream, limit: Int = 100, headers: HTTPFields = [:], maxPages: Int = 10_000
    ) async throws {
        while stream.pages < maxPages {
            var uri = "/api/v1/articles?limit=\(limit)"
            if let cursor = stream.cursor { uri += "&cursor=\(cursor)" }
            let response = try await get(uri, headers: headers)
            try #require(response.status == .ok, "GET \(uri): \(response.status) \(response.text)")
            let page = try response.decoded(as: SyncWire.ArticlePage.self)
            stream.apply(page)
            if !page.hasMore { return }
        }
        Issue.record("the stream did not end within \(maxPages) pages")
    }

    /// The admin dump of live articles.
    func adminArticles() async throws -> [DumpedArticle] {
        let response = try await get("/admin/articles", headers: .admin)
        try #require(response.status == .ok)
        return try response.decoded(as: [DumpedArticle].self)
    }

    /// POST `value` as JSON to `uri`.
    func post(_ uri: String, json value: some Encodable, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await execute(uri: uri, method: .post, headers: headers, body: try jsonBody(value))
    }
}

/// One line of `GET /admin/articles`.
struct DumpedArticle: Decodable, Equatable, Sendable {
    let id: String
    let updated: Date
    let title: String
    let provinces: [String]?
}

/// The answer of the admin mutations.
struct AffectedIDs: Decodable, Sendable {
    let ids: [String]
}

/// A state change for tests.
func change(_ articleID: String, _ field: StateField, _ value: Bool, ms: Int64, counter: Int64 = 0, device: String = "d1")
    -> StateChange
{
    StateChange(
        remoteID: articleID, field: field, value: value,
        clock: HybridLogicalClock(ms: ms, counter: counter, device: device))
}
