import CCurl
import ReaderHTTP

/// One libcurl multi handle, cleaned up when released.
///
/// It owns the connection cache and the DNS cache of every transfer it
/// drives, so connections outlive each transfer, the next transfer to the
/// same host reuses them, and transfers to an HTTP/2 host share one
/// connection.
///
/// `@unchecked Sendable` because libcurl lets only one thread at a time use
/// a multi handle, which the compiler cannot check: ``wakeUp()``, over the
/// thread-safe `curl_multi_wakeup`, may be called from any thread, and every
/// other method only from the thread that drives it, the one running
/// ``CurlTransferLoop``.
final class CurlMultiHandle: @unchecked Sendable {
    /// The `CURLM *` this object owns.
    private let raw: UnsafeMutableRawPointer

    /// Creates an empty multi handle that multiplexes HTTP/2 transfers and
    /// opens at most `maxConnectionsPerHost` connections to one host and
    /// `maxConnections` in all; 0 means no limit.
    /// - throws: ``TransportError/network(_:)`` if libcurl cannot be loaded,
    ///   cannot make one, or refuses an option.
    init(maxConnectionsPerHost: Int, maxConnections: Int) throws(TransportError) {
        if let reason = CurlLibrary.unavailability { throw .network(reason) }
        guard let raw = reader_curl_multi_init() else { throw .network("libcurl could not make a handle") }
        self.raw = raw
        try set(CURLMOPT_PIPELINING, to: Int(CURLPIPE_MULTIPLEX))
        try set(CURLMOPT_MAX_HOST_CONNECTIONS, to: maxConnectionsPerHost)
        try set(CURLMOPT_MAX_TOTAL_CONNECTIONS, to: maxConnections)
    }

    deinit { reader_curl_multi_cleanup(raw) }

    /// Starts driving `easy`.
    func add(_ easy: CurlEasyHandle) throws(TransportError) {
        try check(reader_curl_multi_add_handle(raw, easy.raw))
    }

    /// Stops driving `easy`, aborting its transfer if it has not finished.
    func remove(_ easy: CurlEasyHandle) {
        reader_curl_multi_remove_handle(raw, easy.raw)
    }

    /// Does whatever reading and writing can be done now without blocking.
    func perform() throws(TransportError) {
        var running: Int32 = 0
        try check(reader_curl_multi_perform(raw, &running))
    }

    /// The transfers that have finished since the last call: the `CURL *` of
    /// each with libcurl's result.
    func finishedTransfers() -> [(easy: UnsafeMutableRawPointer, result: CURLcode)] {
        var finished: [(easy: UnsafeMutableRawPointer, result: CURLcode)] = []
        var queued: Int32 = 0
        while let message = reader_curl_multi_info_read(raw, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            finished.append((easy, message.pointee.data.result))
        }
        return finished
    }

    /// Blocks until a socket is ready, a libcurl timer fires, ``wakeUp()`` is
    /// called, or `milliseconds` pass, whichever comes first: libcurl never
    /// waits past its own next timeout.
    func wait(upTo milliseconds: Int32) throws(TransportError) {
        try check(reader_curl_multi_poll(raw, nil, 0, milliseconds, nil))
    }

    /// Makes a current or the next ``wait(upTo:)`` return at once; safe from any thread.
    func wakeUp() {
        reader_curl_multi_wakeup(raw)
    }

    /// Sets an option of type `long`.
    private func set(_ option: CURLMoption, to value: Int) throws(TransportError) {
        let code = reader_curl_multi_setopt_long(raw, option, value)
        guard code == CURLM_OK else {
            let reason = String(cString: reader_curl_multi_strerror(code))
            throw .network("libcurl refused multi option \(option.rawValue): \(reason)")
        }
    }

    /// Turns a failed multi call into an error.
    private func check(_ code: CURLMcode) throws(TransportError) {
        guard code == CURLM_OK else { throw .network(String(cString: reader_curl_multi_strerror(code))) }
    }
}
