import CCurl
import ReaderHTTP

/// One request on its way through a ``CurlTransferLoop``: an easy handle
/// configured for it and the collector that handle's callbacks fill.
///
/// `@unchecked Sendable` because it holds the non-Sendable handle and
/// collector, which the compiler cannot follow across the hand-off.
/// ``CurlTransport/send(_:)`` makes it and gives it to the loop through a
/// locked inbox; from then until the loop resumes the awaiting task, only the
/// loop thread touches the handle and the collector. The task keeps its
/// reference meanwhile only to name the transfer when cancelling, which the
/// loop matches by identity on its own thread.
final class CurlTransfer: @unchecked Sendable {
    /// The handle that runs the transfer.
    let easy: CurlEasyHandle
    /// Gathers the response; libcurl holds it unretained, so the transfer
    /// keeps it alive for as long as the handle may call back.
    private let collector: CurlResponseCollector
    /// The URL asked for, for errors and when libcurl reports none.
    private let url: String
    /// The request's ``HTTPRequest/maxResponseBytes``.
    private let limit: Int
    /// The request's ``HTTPRequest/totalTimeout``, as libcurl was given it.
    let totalTimeout: Duration
    /// The slowest the transfer may run.
    private let lowSpeedLimit: CurlTransport.LowSpeedLimit

    /// Resets `easy` and configures it to send `request` with `userAgent`,
    /// aborting it when it runs slower than `lowSpeedLimit`.
    /// - throws: ``TransportError/network(_:)`` if a header is invalid or
    ///   libcurl refuses an option.
    init(
        _ request: HTTPRequest, userAgent: String, lowSpeedLimit: CurlTransport.LowSpeedLimit, easy: CurlEasyHandle
    ) throws(TransportError) {
        self.easy = easy
        collector = CurlResponseCollector(for: request)
        url = request.url
        limit = request.maxResponseBytes
        totalTimeout = .milliseconds(CurlEasyHandle.milliseconds(request.totalTimeout))
        self.lowSpeedLimit = lowSpeedLimit
        try easy.reset()
        try easy.configure(for: request, userAgent: userAgent, collector: collector)
        try easy.set(CURLOPT_LOW_SPEED_LIMIT, to: lowSpeedLimit.bytesPerSecond)
        try easy.set(CURLOPT_LOW_SPEED_TIME, to: lowSpeedLimit.seconds)
    }

    /// The response, or the error, of the transfer that libcurl ended with
    /// `code`; read on the loop thread once the handle has left the multi handle.
    func outcome(_ code: CURLcode) -> Result<HTTPResponse, TransportError> {
        collector.body.finish()
        guard code == CURLE_OK else {
            switch collector.refusal {
            case .tooLarge: return .failure(.responseTooLarge(limit: limit))
            case .fileFailure(let reason): return .failure(.network(reason))
            case nil: break
            }
            let detail = easy.errorMessage ?? String(cString: reader_curl_easy_strerror(code))
            // libcurl's speed check ends a transfer with the same code as a
            // timeout, and says "Operation too slow. Less than N bytes/sec
            // transferred the last N seconds" (lib/speedcheck.c).
            if code == CURLE_OPERATION_TIMEDOUT && detail.hasPrefix("Operation too slow") {
                return .failure(lowSpeedLimit.error)
            }
            return .failure(TransportError(curlCode: code, detail: detail, url: url))
        }
        return .success(
            HTTPResponse(
                status: easy.info(CURLINFO_RESPONSE_CODE), headers: collector.headers, body: collector.body.memory,
                bodyFile: collector.body.file,
                url: easy.stringInfo(CURLINFO_EFFECTIVE_URL) ?? url,
                bytesReceived: easy.info(CURLINFO_HEADER_SIZE) + easy.sizeInfo(CURLINFO_SIZE_DOWNLOAD_T)))
    }
}
