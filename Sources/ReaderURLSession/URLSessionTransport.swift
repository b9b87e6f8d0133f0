import Foundation
public import ReaderHTTP

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An ``HTTPTransport`` over `URLSession`, for apps on Apple platforms (and
/// on Linux through FoundationNetworking), behaving like `CurlTransport`.
///
/// Make one transport for a whole sync: its session keeps connections open
/// between requests. Requests may overlap.
///
/// For example, an app's library:
///
/// ```swift
/// let transport = URLSessionTransport(userAgent: "MyReader/2.1")
/// let library = try ReaderLibrary(path: path, transport: transport)
/// ```
///
/// Every request:
/// - goes to the network: the session has no `URLCache` and no cookie
///   store, so a `304 Not Modified` reaches the caller, and the request's
///   own `If-None-Match` and `If-Modified-Since` fields are sent as given;
/// - allows only `http` and `https`, for its URL and for every redirect, and
///   follows at most 5 redirects (more throw ``TransportError/tooManyRedirects``);
///   `Authorization` is not sent on to another host, scheme or port;
/// - asks for compressed bodies (`Accept-Encoding` as the platform supports,
///   gzip and deflate at least) and decodes what arrives;
/// - verifies TLS certificates as the platform does;
/// - refuses a body over ``HTTPRequest/maxResponseBytes`` once decoded,
///   stopping the transfer as soon as it goes over, and a declared
///   `Content-Length` over it as soon as the headers arrive;
/// - ends with ``TransportError/timedOut(_:)`` when the exchange, redirects
///   included, runs past ``HTTPRequest/totalTimeout``;
/// - ends with ``TransportError/tooSlow(bytesPerSecond:seconds:)`` when it
///   runs slower than ``lowSpeedLimit``, waiting for the answer included;
/// - reports ``HTTPResponse/bytesReceived`` as the header fields of every
///   response in the redirect chain (as they would be written on the wire)
///   plus each body's `Content-Length`, which is its size before content
///   decoding; a body sent without one counts as its decoded size.
///
/// Unlike `CurlTransport`, it cannot limit the connection phase on its own:
/// `URLSession` has no connect timeout, so ``HTTPRequest/connectTimeout``
/// is not applied, and a host that never accepts the connection is bounded
/// by the low-speed limit and the total timeout instead. The low-speed
/// limit counts decoded body bytes, where libcurl counts bytes on the wire.
///
/// Cancelling the calling task cancels its `URLSessionTask` at once and
/// throws ``TransportError/cancelled``; a task cancelled before the call
/// sends nothing.
public final class URLSessionTransport: HTTPTransport {
    /// The `User-Agent` sent when no other is given.
    public static let defaultUserAgent = "Reader/\(ReaderVersion.current) (URLSession)"

    /// The `User-Agent` this transport sends; a request's own `User-Agent`
    /// header takes precedence.
    public let userAgent: String

    /// The slowest transfer this transport lets go on.
    public let lowSpeedLimit: LowSpeedLimit

    /// The session every request runs on.
    private let session: URLSession
    /// The session's delegate, which hands each task's events to its exchange.
    private let exchanges: URLSessionExchanges

    /// Creates a transport that sends `userAgent` and limits its connections.
    ///
    /// For example, a test's trickling server:
    ///
    /// ```swift
    /// let transport = URLSessionTransport(lowSpeedLimit: .init(bytesPerSecond: 100, seconds: 1))
    /// ```
    ///
    /// - parameter userAgent: the `User-Agent` sent unless a request has its own.
    /// - parameter maxConnectionsPerHost: the most connections open to one
    ///   host at once (`httpMaximumConnectionsPerHost`); a further request
    ///   to it waits for one to be free.
    /// - parameter lowSpeedLimit: a transfer slower than this is aborted.
    public init(
        userAgent: String = URLSessionTransport.defaultUserAgent, maxConnectionsPerHost: Int = 4,
        lowSpeedLimit: LowSpeedLimit = .standard
    ) {
        self.userAgent = userAgent
        self.lowSpeedLimit = lowSpeedLimit
        exchanges = URLSessionExchanges()
        let delegateQueue = OperationQueue()
        delegateQueue.maxConcurrentOperationCount = 1
        delegateQueue.name = "Reader URLSessionTransport"
        session = URLSession(
            configuration: .reader(userAgent: userAgent, maxConnectionsPerHost: maxConnectionsPerHost),
            delegate: exchanges, delegateQueue: delegateQueue)
    }

    deinit { session.invalidateAndCancel() }

    /// Sends `request` and returns the final response after redirects.
    ///
    /// A non-2xx status is a response, not an error.
    /// - throws: ``TransportError`` when no response could be had; the error
    ///   never quotes request header values.
    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let urlRequest = try URLRequest(request)
        let exchange = URLSessionExchange(request)
        let task = session.dataTask(with: urlRequest)
        exchanges.add(exchange, for: task)
        defer { exchanges.remove(task) }
        let outcome = await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await exchange.watch(limit: self.lowSpeedLimit) }
                let outcome = await exchange.run(task)
                group.cancelAll()
                return outcome
            }
        } onCancel: {
            exchange.abort(.cancelled)
        }
        return try outcome.get()
    }
}
