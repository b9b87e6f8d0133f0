import Foundation
import ReaderCurl
import ReaderModels
@testable import ReaderSync
import ReaderTestSupport
import Synchronization

/// A FreshRSS-like Google Reader API endpoint at `/api/greader.php` of a
/// ``LoopbackHTTPServer``, answering from a script, with FreshRSS's lying
/// `Content-Type` (`text/html` for JSON), and clients of it over the real
/// ``CurlTransport``.
final class GReaderTestServer: Sendable {
    /// The answer to a request: given the request, its route below the
    /// endpoint (`reader/api/0/stream/items/ids`, no query) and how many
    /// requests to that route came before it, counting from 1.
    typealias Script = @Sendable (_ request: LoopbackHTTPServer.Request, _ route: String, _ nth: Int)
        -> LoopbackHTTPServer.Reply

    let server: LoopbackHTTPServer

    /// Requests per route so far.
    private final class RouteCounts: Sendable {
        private let counts = Mutex<[String: Int]>([:])

        /// Counts one more request to `route` and returns how many there were.
        func next(_ route: String) -> Int {
            counts.withLock { counts in
                counts[route, default: 0] += 1
                return counts[route]!
            }
        }
    }

    /// Starts a server answering by `script`.
    init(_ script: @escaping Script) throws {
        let counts = RouteCounts()
        server = try LoopbackHTTPServer { request in
            let path = request.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.path
            let route = String(path.dropFirst("/api/greader.php/".count))
            return script(request, route, counts.next(route))
        }
    }

    deinit { server.stop() }

    /// The endpoint, as a user would give it.
    var endpoint: String { server.url("/api/greader.php") }

    /// The requests received so far, in order.
    var requests: [LoopbackHTTPServer.Request] { server.requests }

    /// A runner with quick retries and no bearer token.
    func makeRunner() -> RequestRunner {
        RequestRunner(transport: CurlTransport(), policy: quickRetries, sourceURL: endpoint, token: nil, deadline: nil)
    }

    /// A client of the account `home`, logged in with `auth`.
    func makeClient(auth: String = "alice/0123456789abcdef") -> GReaderClient {
        GReaderClient(endpoint: endpoint, accountName: "home", authToken: auth, runner: makeRunner())
    }

    /// An empty report to count into.
    static func makeReport() -> SyncReport { SyncReport(sourceURL: "greader", kind: .accountFeed) }

    /// A 200 with `body`, labelled `text/html` as FreshRSS labels its JSON.
    static func html(_ body: String, status: Int = 200) -> LoopbackHTTPServer.Reply {
        .response(status: status, headers: ["Content-Type": "text/html; charset=UTF-8"], body: Data(body.utf8))
    }

    /// FreshRSS's 401: `Google-Bad-Token: true`.
    static let badToken = LoopbackHTTPServer.Reply.response(
        status: 401, headers: ["Google-Bad-Token": "true", "Content-Type": "text/plain"], body: Data("Unauthorized!\n".utf8))

    /// The fields of a form body (or query), decoded, in order.
    static func fields(_ encoded: String) -> [(name: String, value: String)] {
        encoded.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let decoded = parts.map { $0.removingPercentEncoding ?? $0 }
            return (decoded[0], decoded.count > 1 ? decoded[1] : "")
        }
    }

    /// The fields of `request`'s form body.
    static func form(of request: LoopbackHTTPServer.Request) -> [(name: String, value: String)] {
        fields(String(decoding: request.body, as: UTF8.self))
    }

    /// The fields of `request`'s query.
    static func query(of request: LoopbackHTTPServer.Request) -> [String: String] {
        let query = request.path.split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        return Dictionary(fields(query).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
