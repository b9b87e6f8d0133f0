import Foundation
public import ReaderHTTP

/// An ``HTTPTransport`` over libcurl, for the `reader` tool on Linux and macOS.
///
/// Make one transport for a whole sync: it keeps connections open between
/// requests to the same host. Requests may overlap: they all run on one
/// libcurl multi handle, so they share its connection and DNS caches, open
/// at most a few connections per host, reusing them with keep-alive, and
/// share one connection to an HTTP/2 server over https.
///
/// For example:
///
/// ```swift
/// let transport = CurlTransport()
/// let response = try await transport.send(HTTPRequest(url: "https://news.example/feed.xml"))
/// ```
///
/// Every request:
/// - allows only `http` and `https`, for its URL and for every redirect, and
///   follows at most 5 redirects;
/// - asks for gzip, deflate, brotli and zstd and decodes what arrives;
/// - verifies TLS certificates and host names (this cannot be turned off);
/// - refuses a body over ``HTTPRequest/maxResponseBytes`` once decoded, and
///   a declared `Content-Length` over it as soon as the body starts;
/// - reports ``HTTPResponse/bytesReceived`` as the header bytes of every
///   response in the redirect chain plus the final body as it was sent,
///   before content decoding; TLS records and chunk framing are not counted.
///
/// The blocking libcurl calls run on one thread per transport, never on
/// Swift's cooperative pool: it starts with the first transfer, waits in
/// `curl_multi_poll` while idle, and ends when the transport is released.
/// Cancelling the calling task aborts its transfer at once, leaving the
/// others running, and throws ``TransportError/cancelled``.
///
/// A transfer slower than its ``LowSpeedLimit`` (by default under 1 KB/s for
/// 30 s in a row, waiting for the answer included) is aborted with
/// ``TransportError/tooSlow(bytesPerSecond:seconds:)``, so a body that
/// trickles ends long before the request's total timeout.
///
/// A request's ``HTTPRequest/totalTimeout`` runs from the moment it is
/// handed to libcurl, including any wait for a free connection; a request
/// still waiting for one fails with ``TransportError/timedOut(_:)`` about a
/// second after its limit.
///
/// libcurl is loaded at the first transfer (or by ``whilePreparing(_:)``), not when the
/// program starts; when it cannot be loaded, every request throws
/// ``TransportError/network(_:)`` saying why.
public final class CurlTransport: HTTPTransport {
    /// The `User-Agent` sent when no other is given, such as
    /// `Reader/0.1.0 (libcurl/7.88.1)`.
    public static let defaultUserAgent = "Reader/\(ReaderVersion.current) (\(CurlLibrary.nameAndVersion))"

    /// The `User-Agent` this transport sends; a request's own `User-Agent`
    /// header takes precedence.
    public let userAgent: String

    /// How slow a transfer may run before it is aborted:
    /// `CURLOPT_LOW_SPEED_LIMIT` and `CURLOPT_LOW_SPEED_TIME`.
    public typealias LowSpeedLimit = ReaderHTTP.LowSpeedLimit

    /// The slowest transfer this transport lets go on.
    public let lowSpeedLimit: LowSpeedLimit

    /// The idle easy handles, reused so that each keeps its TLS sessions.
    private let easyHandles: CurlEasyHandlePool
    /// The multi handle and the thread that drives every transfer; internal
    /// so that tests can watch the thread end with the transport.
    let loop: CurlTransferLoop

    /// Creates a transport that sends `userAgent` and limits its connections.
    ///
    /// For example, a sync of many small feeds:
    ///
    /// ```swift
    /// let transport = CurlTransport(maxConnectionsPerHost: 4, maxConnections: 16)
    /// ```
    ///
    /// - parameter userAgent: the `User-Agent` sent unless a request has its own.
    /// - parameter maxConnectionsPerHost: the most connections open to one
    ///   host (name and port) at once, `CURLMOPT_MAX_HOST_CONNECTIONS`; a
    ///   further request to it waits for one to be free. HTTP/2 requests share
    ///   one connection, so this bounds HTTP/1.1 servers. 0 means no limit.
    /// - parameter maxConnections: the most connections open at once in all,
    ///   `CURLMOPT_MAX_TOTAL_CONNECTIONS`; a further request waits likewise.
    ///   It also bounds how many idle easy handles are kept for reuse. 0
    ///   means no limit.
    /// - parameter lowSpeedLimit: a transfer slower than this is aborted.
    public init(
        userAgent: String = CurlTransport.defaultUserAgent, maxConnectionsPerHost: Int = 4, maxConnections: Int = 16,
        lowSpeedLimit: LowSpeedLimit = .standard
    ) {
        self.userAgent = userAgent
        self.lowSpeedLimit = lowSpeedLimit
        easyHandles = CurlEasyHandlePool(capacity: maxConnections > 0 ? maxConnections : .max)
        loop = CurlTransferLoop(
            maxConnectionsPerHost: max(0, maxConnectionsPerHost), maxConnections: max(0, maxConnections))
    }

    deinit { loop.stop() }

    /// Runs `body` while libcurl loads on a thread of its own, so that the
    /// first transfer does not wait for it (about 8 ms: libcurl and its TLS,
    /// IDN and compression libraries), and returns (or throws what `body`
    /// threw) only once that load has ended.
    ///
    /// Wrap what a process does before it exits, from opening the cache on:
    /// a process that exits while libcurl is still loading can crash in
    /// `exit` (the libraries' destructors run while the loader is still
    /// initialising them). A load already started or finished is not started
    /// again.
    ///
    /// For example, a command line tool's sync:
    ///
    /// ```swift
    /// try await CurlTransport.whilePreparing {
    ///     let library = try ReaderLibrary(path: path, transport: CurlTransport())
    ///     _ = try await library.syncAll()
    /// }
    /// ```
    public static func whilePreparing<T>(_ body: () async throws -> T) async rethrows -> T {
        CurlBackgroundLoad.start()
        do {
            let result = try await body()
            await CurlBackgroundLoad.finished()
            return result
        } catch {
            await CurlBackgroundLoad.finished()
            throw error
        }
    }

    /// Sends `request` and returns the final response after redirects.
    ///
    /// A non-2xx status is a response, not an error.
    /// - throws: ``TransportError`` when no response could be had; the error
    ///   never quotes request header values.
    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let easy = try easyHandles.checkOut()
        defer { easyHandles.checkIn(easy) }
        let transfer = try CurlTransfer(request, userAgent: userAgent, lowSpeedLimit: lowSpeedLimit, easy: easy)
        return try await loop.run(transfer).get()
    }
}
