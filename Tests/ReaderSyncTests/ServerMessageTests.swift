import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// Issue 10: a server whose error bodies echo the request's headers never
/// gets the source's token into an error, a report or the cache.
@Suite struct ServerMessageTests {
    static let token = "tk-7f3c9a1e5b2d"

    /// How the echoing server words its error body.
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        /// `{"error":{"code":…,"message":…}}`, the message quoting every request header.
        case json
        /// One short line of plain text quoting the token bare and in its header.
        case text
        var testDescription: String { rawValue }
    }

    /// A server that answers `status` to everything, echoing the request in `shape`.
    static func echoingServer(status: Int, shape: Shape) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            let authorization = request.headers["authorization"] ?? ""
            let bare = authorization.split(separator: " ").last.map(String.init) ?? ""
            switch shape {
            case .json:
                let echoed = request.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                let message = "refused \(bare)\nyou sent:\n" + echoed.joined(separator: "\n")
                let body = try! JSONEncoder().encode(SyncWire.ErrorBody(code: "refused", message: message))
                return .response(status: status, headers: ["Content-Type": "application/json"], body: body)
            case .text:
                let line = "refused token \(bare) (\("authorization\": \"" + authorization + "\""))"
                return .response(status: status, headers: ["Content-Type": "text/plain"], body: Data(line.utf8))
            }
        }
    }

    @Test(arguments: [400, 401, 500], Shape.allCases)
    func anEchoedTokenNeverReachesTheError(status: Int, shape: Shape) async throws {
        let server = try Self.echoingServer(status: status, shape: shape)
        defer { server.stop() }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: CurlTransport(), policy: quickRetries)
        let source = try await engine.addSource(url: server.url("/api"), token: Self.token)
        do {
            _ = try await engine.sync(source)
            Issue.record("expected HTTP \(status) to fail the sync")
        } catch {
            #expect(!error.description.contains(Self.token), "\(error)")
            #expect(error.description.contains("refused"), "the server's message is still shown: \(error)")
            #expect(!error.description.contains("\n"), "one line: \(error)")
        }
        #expect(server.requests.first?.headers["authorization"] == "Bearer \(Self.token)")
        let saved = try #require(try await store.source(url: source.url))
        #expect(saved.lastError.map { !$0.contains(Self.token) } == true, "\(saved.lastError ?? "no error saved")")
    }

    @Test func aMessageIsShownWithoutControlCharactersAndCutShort() async throws {
        let message = "\u{1B}]0;owned\u{07}bad \u{1B}[2Jrequest " + String(repeating: "x", count: 2000)
        let server = try LoopbackHTTPServer { _ in
            .response(status: 400, body: try! JSONEncoder().encode(SyncWire.ErrorBody(code: "bad", message: message)))
        }
        defer { server.stop() }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: CurlTransport(), policy: quickRetries)
        let error = await #expect(throws: SyncError.self) { try await engine.sync(try await store.addSource(url: server.url("/api"))) }
        guard case .http(_, 400, let shown?) = error else {
            Issue.record("expected HTTP 400 with a message: \(String(describing: error))")
            return
        }
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(shown.debugDescription)")
        #expect(shown.hasPrefix("]0;ownedbad [2Jrequest xxx"), "\(shown)")
        #expect(shown.count <= 301)
    }
}
