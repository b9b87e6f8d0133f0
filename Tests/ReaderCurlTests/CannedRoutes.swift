import Foundation
import ReaderTestSupport

/// The answers the loopback server gives the transport tests, one per path.
///
/// | path | answer |
/// | --- | --- |
/// | `/plain` | 200 with an ETag; 304 when `If-None-Match` matches it |
/// | `/gzip` | ``text`` gzip-encoded when the client accepts gzip |
/// | `/bomb` | 4 MiB of zeros gzip-encoded into a few KiB |
/// | `/redirect/N` | 302 to `/redirect/N-1`, and `/redirect/0` to `/plain` |
/// | `/loop` | 302 to itself |
/// | `/to-file` | 302 to `file:///etc/passwd` |
/// | `/to-other-host` | 302 to `/plain` on `localhost` instead of `127.0.0.1` |
/// | `/slow` | no answer for 10 s |
/// | `/delayed/MS/TEXT` | 200 with the body `TEXT`, after `MS` milliseconds |
/// | `/huge` | ``hugeSize`` bytes with a `Content-Length` |
/// | `/huge-stream` | ``hugeSize`` bytes ended by closing the connection |
/// | `/echo` | the request body and `Content-Type` |
/// | `/truncated` | 100 of the 1000 bytes promised, then a hang-up |
/// | anything else | 404 |
struct CannedRoutes: Sendable {
    /// The body of `/plain`.
    static let plainBody = "plain body"
    /// The ETag of `/plain`.
    static let etag = "\"v1\""
    /// The decoded body of `/gzip`: repetitive, so it compresses well.
    static let text = String(repeating: "Reader caches IP news from 34 provinces. ", count: 400)
    /// The size of `/huge` and `/huge-stream`, twice ``limit``.
    static let hugeSize = 2 << 20
    /// The `maxResponseBytes` the size tests use.
    static let limit = 1 << 20

    private let gzippedText: Data
    private let gzippedZeros: Data

    /// Starts a loopback server that answers with these routes.
    /// - throws: if a compressed fixture cannot be read or the socket cannot be set up.
    static func startServer() throws -> LoopbackHTTPServer {
        let routes = try shared.get()
        return try LoopbackHTTPServer(route: routes.reply)
    }

    /// The routes with their compressed bodies, read once per test run.
    ///
    /// The bodies are committed fixtures (`Fixtures/http/`, made with Python's
    /// `gzip.compress(…, mtime=0)`), not compressed here: starting a `gzip`
    /// process from the test process crashed `Process.run()` once in CI.
    private static let shared = Result {
        CannedRoutes(
            gzippedText: try Fixtures.data("http/repeated-text.txt.gz"),
            gzippedZeros: try Fixtures.data("http/zeros-4MiB.gz"))
    }

    private func reply(to request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply {
        switch request.path {
        case "/plain":
            if request.headers["if-none-match"] == Self.etag {
                return .response(status: 304, headers: ["ETag": Self.etag])
            }
            return .response(
                status: 200, headers: ["Content-Type": "text/plain; charset=utf-8", "ETag": Self.etag, "X-Canned": "plain"],
                body: Data(Self.plainBody.utf8))
        case "/gzip":
            guard request.headers["accept-encoding"]?.contains("gzip") == true else {
                return .response(status: 200, body: Data(Self.text.utf8))
            }
            return .response(status: 200, headers: ["Content-Encoding": "gzip"], body: gzippedText)
        case "/bomb":
            return .response(status: 200, headers: ["Content-Encoding": "gzip"], body: gzippedZeros)
        case "/loop":
            return Self.redirect(to: "/loop")
        case "/to-file":
            return Self.redirect(to: "file:///etc/passwd")
        case "/to-other-host":
            let host = request.headers["host"] ?? ""
            return Self.redirect(to: "http://\(host.replacingOccurrences(of: "127.0.0.1", with: "localhost"))/plain")
        case "/slow":
            return .stall(seconds: 10)
        case "/huge":
            return .response(status: 200, body: Data(repeating: UInt8(ascii: "x"), count: Self.hugeSize))
        case "/huge-stream":
            return .bodyUntilClose(Data(repeating: UInt8(ascii: "x"), count: Self.hugeSize))
        case "/echo":
            return .response(
                status: 200, headers: ["Content-Type": request.headers["content-type"] ?? "application/octet-stream"],
                body: request.body)
        case "/truncated":
            return .truncated(declaredLength: 1000, body: Data(repeating: UInt8(ascii: "a"), count: 100))
        case let path where path.hasPrefix("/delayed/"):
            let parts = path.split(separator: "/", maxSplits: 2)
            guard parts.count == 3, let milliseconds = Int(parts[1]) else { return .response(status: 404) }
            let reply = LoopbackHTTPServer.Reply.response(status: 200, body: Data(parts[2].utf8))
            return .delayed(seconds: Double(milliseconds) / 1000, reply: reply)
        case let path where path.hasPrefix("/redirect/"):
            guard let hops = Int(path.dropFirst("/redirect/".count)) else { return .response(status: 404) }
            return Self.redirect(to: hops > 0 ? "/redirect/\(hops - 1)" : "/plain", hop: hops)
        default:
            return .response(status: 404)
        }
    }

    /// A 302 to `location` with a body, which must not reach the client.
    private static func redirect(to location: String, hop: Int = 0) -> LoopbackHTTPServer.Reply {
        .response(status: 302, headers: ["Location": location, "X-Hop": String(hop)], body: Data("moved".utf8))
    }
}
