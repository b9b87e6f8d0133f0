import Foundation
public import ReaderHTTP

/// An ``HTTPTransport`` over libcurl, for the `reader` tool on Linux and macOS.
///
/// Make one transport for a whole sync: it keeps connections open between
/// requests to the same host. Requests may overlap; each takes its own
/// connection cache from a pool, so later requests still reuse connections.
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
/// The blocking libcurl calls run on a thread of their own, never on Swift's
/// cooperative pool. Cancelling the calling task aborts the transfer at once
/// and throws ``TransportError/cancelled``.
///
/// libcurl is loaded at the first transfer (or by ``prepare()``), not when the
/// program starts; when it cannot be loaded, every request throws
/// ``TransportError/network(_:)`` saying why.
public final class CurlTransport: HTTPTransport {
    /// The `User-Agent` sent when no other is given, such as
    /// `Reader/0.1.0 (libcurl/7.88.1)`.
    public static let defaultUserAgent = "Reader/\(readerVersion) (\(CurlLibrary.nameAndVersion))"

    /// Reader's version, for ``defaultUserAgent``.
    private static let readerVersion = "0.1.0"

    /// The `User-Agent` this transport sends; a request's own `User-Agent`
    /// header takes precedence.
    public let userAgent: String

    private let sessions = CurlSessionPool()

    /// Creates a transport that sends `userAgent`.
    public init(userAgent: String = CurlTransport.defaultUserAgent) {
        self.userAgent = userAgent
    }

    /// Starts loading libcurl on a thread of its own, so that the first
    /// transfer does not wait for it (about 8 ms: libcurl and its TLS, IDN and
    /// compression libraries). Call it when a sync is about to start, before
    /// opening the cache; calling it again, or never, is harmless.
    public static func prepare() {
        let thread = Thread { _ = CurlLibrary.unavailability }
        thread.name = "reader.curl-load"
        thread.start()
    }

    /// Sends `request` and returns the final response after redirects.
    ///
    /// A non-2xx status is a response, not an error.
    /// - throws: ``TransportError`` when no response could be had; the error
    ///   never quotes request header values.
    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let cancellation = TransferCancellation()
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let thread = Thread { [sessions, userAgent] in
                    continuation.resume(
                        returning: Result { () throws(TransportError) in
                            let session = try sessions.checkOut()
                            defer { sessions.checkIn(session) }
                            return try session.send(request, userAgent: userAgent, cancellation: cancellation)
                        })
                }
                thread.name = "reader.curl"
                thread.start()
            }
        } onCancel: {
            cancellation.cancel()
        }
        return try result.get()
    }
}
