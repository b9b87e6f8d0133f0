import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReferenceServerCore
import Testing

/// The GReader account of the test servers.
enum GReaderTestAccount {
    static let user = "alice"
    static let password = "correct-horse-7"
    static let endpoint = "/api/greader.php"
    static let api = endpoint + "/reader/api/0"
    /// A fixed server time, so crawl times are known.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// `Google-Bad-Token`, the header of a refused token.
    static let badTokenHeader = HTTPFields.Element.Name("Google-Bad-Token")!
}

/// Runs `test` against a server with the GReader routes on, `corpus` articles and a fixed clock.
func withGReaderServer<T: Sendable>(
    corpus: Int = 30, tokenUses: Int? = nil, highFirstID: Bool = false, configure: @escaping (inout ServerConfiguration) -> Void = { _ in },
    _ test: @Sendable (any TestClientProtocol) async throws -> T
) async throws -> T {
    try await withServer(configure: { configuration, _ in
        configuration.corpusCount = corpus
        configuration.now = { GReaderTestAccount.now }
        configuration.greader = GReaderSettings(
            user: GReaderTestAccount.user, password: GReaderTestAccount.password, feedCount: 4, tokenUses: tokenUses,
            highFirstID: highFirstID)
        configure(&configuration)
    }, test)
}

/// A form body: `name=value&...`, percent-encoded.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let text = fields.map { name, value in
        "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
    }.joined(separator: "&")
    return ByteBuffer(string: text)
}

/// The parts of a GReader item the tests look at.
struct GReaderTestItem: Decodable, Sendable {
    struct Origin: Decodable, Sendable {
        let streamId: String
        let title: String
    }
    let id: String
    let title: String
    let categories: [String]
    let origin: Origin
    let crawlTimeMsec: String
    let published: Int64
}

/// A `stream/contents` page.
struct GReaderTestPage: Decodable, Sendable {
    let items: [GReaderTestItem]
    let continuation: String?
}

/// A `stream/items/ids` page.
struct GReaderTestIDs: Decodable, Sendable {
    struct Ref: Decodable, Sendable {
        let id: String
    }
    let itemRefs: [Ref]
    let continuation: String?
}

extension TestResponse {
    /// The body decoded with a plain JSON decoder (GReader's keys are camelCase as sent).
    func greader<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(type, from: Data(body.readableBytesView))
    }
}

extension TestClientProtocol {
    /// Logs in and returns the `Auth` token.
    func greaderLogin() async throws -> String {
        let response = try await execute(
            uri: GReaderTestAccount.endpoint + "/accounts/ClientLogin", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded"],
            body: formBody([("Email", GReaderTestAccount.user), ("Passwd", GReaderTestAccount.password)]))
        try #require(response.status == .ok, "login: \(response.status) \(response.text)")
        let line = try #require(response.text.split(separator: "\n").first { $0.hasPrefix("Auth=") })
        return String(line.dropFirst(5))
    }

    /// GET `path` under `reader/api/0` with the `Auth` token.
    func greaderGet(_ path: String, auth: String) async throws -> TestResponse {
        try await execute(
            uri: GReaderTestAccount.api + path, method: .get, headers: [.authorization: "GoogleLogin auth=\(auth)"])
    }

    /// POST a form to `path` under `reader/api/0` with the `Auth` token.
    func greaderPost(_ path: String, auth: String, _ fields: [(String, String)]) async throws -> TestResponse {
        try await execute(
            uri: GReaderTestAccount.api + path, method: .post,
            headers: [.authorization: "GoogleLogin auth=\(auth)", .contentType: "application/x-www-form-urlencoded"],
            body: formBody(fields))
    }

    /// The current action token, without its newline.
    func greaderToken(auth: String) async throws -> String {
        let response = try await greaderGet("/token", auth: auth)
        try #require(response.status == .ok)
        return response.text.trimmingCharacters(in: .newlines)
    }

    /// Every page of `stream/contents/<stream>` with `n`, following continuations; the pages' item counts too.
    func greaderAllItems(stream: String, n: Int, extra: String = "", auth: String) async throws
        -> (items: [GReaderTestItem], pageSizes: [Int])
    {
        var items: [GReaderTestItem] = []
        var sizes: [Int] = []
        var continuation: String?
        repeat {
            var uri = "/stream/contents/\(stream)?n=\(n)&output=json\(extra)"
            if let continuation { uri += "&c=\(continuation)" }
            let response = try await greaderGet(uri, auth: auth)
            try #require(response.status == .ok, "\(uri): \(response.status) \(response.text)")
            let page = try response.greader(as: GReaderTestPage.self)
            items += page.items
            sizes.append(page.items.count)
            continuation = page.continuation
        } while continuation != nil && sizes.count < 100
        return (items, sizes)
    }

    /// The decimal ids of `stream/items/ids` with `query` (one page of up to 10,000).
    func greaderIDs(_ query: String, auth: String) async throws -> [String] {
        let response = try await greaderGet("/stream/items/ids?output=json&n=10000&\(query)", auth: auth)
        try #require(response.status == .ok, "\(query): \(response.status) \(response.text)")
        return try response.greader(as: GReaderTestIDs.self).itemRefs.map(\.id)
    }
}

/// The decimal form of a long-form id (the tests' own conversion, as a client would do it).
func decimalID(ofLongForm id: String) -> String? {
    guard id.hasPrefix("tag:google.com,2005:reader/item/"), let value = UInt64(id.suffix(16), radix: 16) else {
        return nil
    }
    return String(Int64(bitPattern: value))
}
