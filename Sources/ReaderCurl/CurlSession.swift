import CCurl
import ReaderHTTP

/// An easy handle and the multi handle that drives it: runs one transfer at
/// a time and keeps the connections it opened for the next one.
///
/// `@unchecked Sendable` because libcurl handles may move between threads but
/// must not be used by two at once, which the compiler cannot see.
/// ``CurlSessionPool`` ensures it: a session is either idle in the pool,
/// behind its mutex, or checked out by exactly one transfer. The one method
/// other threads call is ``wakeUp()``, over the thread-safe `curl_multi_wakeup`.
final class CurlSession: @unchecked Sendable {
    /// The longest single wait for network activity, in milliseconds; a
    /// safety net, since libcurl's timers and ``wakeUp()`` end waits sooner.
    private static let longestWait: Int32 = 1000

    private let easy: CurlEasyHandle
    private let multi: CurlMultiHandle

    /// Creates a session with empty caches.
    /// - throws: ``TransportError/network(_:)`` if libcurl cannot make the handles.
    init() throws(TransportError) {
        easy = try CurlEasyHandle()
        multi = try CurlMultiHandle()
    }

    /// Interrupts the wait for network activity, so the transfer loop looks
    /// at its cancellation flag; safe from any thread.
    func wakeUp() {
        multi.wakeUp()
    }

    /// Sends `request`, blocking the calling thread until the final response
    /// arrives, the transfer fails, or `cancellation` is cancelled.
    /// - throws: ``TransportError``.
    func send(_ request: HTTPRequest, userAgent: String, cancellation: TransferCancellation) throws(TransportError)
        -> HTTPResponse
    {
        let collector = CurlResponseCollector(limit: request.maxResponseBytes)
        try easy.reset()
        try easy.configure(for: request, userAgent: userAgent, collector: collector)
        // libcurl holds `collector` unretained until the transfer ends.
        let code = try withExtendedLifetime(collector) { () throws(TransportError) in try run(cancellation) }
        guard code == CURLE_OK else {
            if collector.exceededLimit { throw .responseTooLarge(limit: request.maxResponseBytes) }
            let detail = easy.errorMessage ?? String(cString: reader_curl_easy_strerror(code))
            throw TransportError(curlCode: code, detail: detail, url: request.url)
        }
        return HTTPResponse(
            status: easy.info(CURLINFO_RESPONSE_CODE), headers: collector.headers, body: collector.body,
            url: easy.stringInfo(CURLINFO_EFFECTIVE_URL) ?? request.url,
            bytesReceived: easy.info(CURLINFO_HEADER_SIZE) + easy.sizeInfo(CURLINFO_SIZE_DOWNLOAD_T))
    }

    /// Drives the configured transfer to its end and returns libcurl's result.
    /// - throws: ``TransportError/cancelled`` once `cancellation` is set.
    private func run(_ cancellation: TransferCancellation) throws(TransportError) -> CURLcode {
        guard cancellation.begin(on: self) else { throw .cancelled }
        defer { cancellation.end() }
        try multi.add(easy)
        defer { multi.remove(easy) }
        while !cancellation.isCancelled {
            try multi.perform()
            if let result = multi.finishedTransferResult() { return result }
            try multi.wait(upTo: Self.longestWait)
        }
        throw .cancelled
    }
}
