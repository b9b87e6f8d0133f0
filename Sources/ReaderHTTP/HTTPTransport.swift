public import Foundation

/// Sends HTTP requests for the sync engine.
///
/// The engine depends on this protocol, not on a particular client, so that
/// the library carries no libcurl: `reader` plugs in `CurlTransport`, an app
/// on Apple platforms a URLSession-based transport.
///
/// Implementations must not block Swift's cooperative thread pool, must
/// decompress bodies they asked to be compressed, must follow a bounded number
/// of redirects, and must refuse bodies over ``HTTPRequest/maxResponseBytes``.
/// A transport may write bodies past ``HTTPRequest/bodyFileThreshold`` to a
/// file (``HTTPResponse/bodyFile``); one that does not keeps them in memory,
/// which callers must accept.
///
/// For example, an app picks its transport once and hands it to the library:
///
/// ```swift
/// let transport: any HTTPTransport = URLSessionTransport()   // or CurlTransport()
/// let library = try ReaderLibrary(path: cachePath, transport: transport)
/// let response = try await transport.send(HTTPRequest(url: "https://news.example/rss.xml"))
/// ```
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the final response after redirects.
    ///
    /// A non-2xx status is a response, not an error.
    /// - throws: ``TransportError`` when no response could be had.
    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}

/// An HTTP request.
///
/// For example, a conditional GET:
///
/// ```swift
/// let request = HTTPRequest(url: "https://news.example/rss.xml", headers: ["If-None-Match": etag], totalTimeout: 30)
/// let response = try await transport.send(request)
/// ```
public struct HTTPRequest: Sendable, Equatable {
    /// `GET` or `POST`.
    public enum Method: String, Sendable {
        /// Fetch a resource.
        case get = "GET"
        /// Send a body.
        case post = "POST"
    }

    /// The absolute URL.
    public var url: String
    /// The method.
    public var method: Method
    /// Header fields; names are case-insensitive on the wire.
    public var headers: [String: String]
    /// The body for a POST.
    public var body: Data?
    /// Seconds to wait for the connection.
    public var connectTimeout: Double
    /// Seconds the whole exchange may take.
    public var totalTimeout: Double
    /// The most body bytes accepted after decompression.
    public var maxResponseBytes: Int
    /// Past this many bytes (after decompression), the body goes to a
    /// temporary file, ``HTTPResponse/bodyFile``, instead of memory, where
    /// the transport can (Reader's `CurlTransport` and `URLSessionTransport`
    /// both do); nil keeps every body in memory.
    public var bodyFileThreshold: Int?

    /// Creates a request with Reader's default limits: 10 s to connect,
    /// 60 s in all, and 64 MiB of body, all of it in memory.
    public init(
        url: String, method: Method = .get, headers: [String: String] = [:], body: Data? = nil,
        connectTimeout: Double = 10, totalTimeout: Double = 60, maxResponseBytes: Int = 64 << 20,
        bodyFileThreshold: Int? = nil
    ) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxResponseBytes = maxResponseBytes
        self.bodyFileThreshold = bodyFileThreshold
    }
}

/// An HTTP response.
///
/// For example:
///
/// ```swift
/// let response = try await transport.send(HTTPRequest(url: "https://news.example/rss.xml"))
/// if response.status == 200 {
///     print(response.header("Content-Type") ?? "", response.body.count, "bytes from", response.url)
/// }
/// ```
public struct HTTPResponse: Sendable, Equatable {
    /// The status code of the final response.
    public var status: Int
    /// Header fields of the final response, names lowercased.
    public var headers: [String: String]
    /// The body, decompressed; empty when it is in ``bodyFile``.
    public var body: Data
    /// The body, decompressed, when the transport wrote it to a file
    /// (``HTTPRequest/bodyFileThreshold``); nil when it is in ``body``.
    public var bodyFile: BodyFile?
    /// The URL of the final response, after redirects.
    public var url: String
    /// Bytes received on the wire (compressed), for progress and summaries.
    public var bytesReceived: Int

    /// Creates a response.
    public init(
        status: Int, headers: [String: String] = [:], body: Data = Data(), bodyFile: BodyFile? = nil, url: String,
        bytesReceived: Int? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyFile = bodyFile
        self.url = url
        self.bytesReceived = bytesReceived ?? body.count
    }

    /// The value of the header `name`, case-insensitive.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why an HTTP exchange produced no response.
///
/// For example:
///
/// ```swift
/// do {
///     _ = try await transport.send(HTTPRequest(url: "https://news.example/rss.xml"))
/// } catch {
///     switch error {
///     case .hostNotFound, .connectionRefused: print("offline? \(error)")
///     case .cancelled: break
///     default: print(error, error.isTransient ? "(worth trying again)" : "")
///     }
/// }
/// ```
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL is not a valid http or https URL.
    case invalidURL(String)
    /// The host name could not be resolved.
    case hostNotFound(String)
    /// Nothing listens at the address, or the connection was refused.
    case connectionRefused(String)
    /// The connection or the whole exchange took too long.
    case timedOut(String)
    /// The transfer ran slower than `bytesPerSecond` for `seconds` in a row
    /// (a body that trickles, a server that stops sending) and was aborted.
    case tooSlow(bytesPerSecond: Int, seconds: Int)
    /// TLS failed (bad certificate, handshake error).
    case tls(String)
    /// The body is larger than the request allows.
    case responseTooLarge(limit: Int)
    /// More redirects than allowed.
    case tooManyRedirects
    /// The connection broke, or the body could not be decoded.
    case network(String)
    /// The task was cancelled.
    case cancelled

    /// One line that says what happened.
    public var description: String {
        switch self {
        case .invalidURL(let url): "invalid URL \(url)"
        case .hostNotFound(let detail): "host not found (\(detail))"
        case .connectionRefused(let detail): "connection refused (\(detail))"
        case .timedOut(let detail): "timed out (\(detail))"
        case .tooSlow(let bytesPerSecond, let seconds):
            "too slow (under \(bytesPerSecond) bytes/s for \(seconds) s)"
        case .tls(let detail): "TLS error (\(detail))"
        case .responseTooLarge(let limit): "response larger than \(limit) bytes"
        case .tooManyRedirects: "too many redirects"
        case .network(let detail): "network error (\(detail))"
        case .cancelled: "cancelled"
        }
    }

    /// Whether trying again may succeed (timeouts, resets), as opposed to a
    /// fault that will recur (bad URL, unknown host, TLS).
    public var isTransient: Bool {
        switch self {
        case .timedOut, .tooSlow, .network, .connectionRefused: true
        case .invalidURL, .hostNotFound, .tls, .responseTooLarge, .tooManyRedirects, .cancelled: false
        }
    }
}
