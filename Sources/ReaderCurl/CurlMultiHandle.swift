import CCurl
import ReaderHTTP

/// One libcurl multi handle, cleaned up when released.
///
/// It owns the connection cache, so connections outlive each transfer and
/// the next transfer on the same host reuses them. ``wakeUp()`` may be called
/// from any thread; everything else only from the thread running the transfer.
final class CurlMultiHandle {
    /// The `CURLM *` this object owns.
    private let raw: UnsafeMutableRawPointer

    /// Creates an empty multi handle.
    /// - throws: ``TransportError/network(_:)`` if libcurl cannot be loaded or cannot make one.
    init() throws(TransportError) {
        if let reason = CurlLibrary.unavailability { throw .network(reason) }
        guard let raw = reader_curl_multi_init() else { throw .network("libcurl could not make a handle") }
        self.raw = raw
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

    /// The result of a transfer that has finished, if one has.
    func finishedTransferResult() -> CURLcode? {
        var queued: Int32 = 0
        while let message = reader_curl_multi_info_read(raw, &queued) {
            if message.pointee.msg == CURLMSG_DONE { return message.pointee.data.result }
        }
        return nil
    }

    /// Blocks until a socket is ready, a libcurl timer fires, ``wakeUp()`` is
    /// called, or `milliseconds` pass.
    func wait(upTo milliseconds: Int32) throws(TransportError) {
        try check(reader_curl_multi_poll(raw, nil, 0, milliseconds, nil))
    }

    /// Makes a current or the next ``wait(upTo:)`` return at once; safe from any thread.
    func wakeUp() {
        reader_curl_multi_wakeup(raw)
    }

    /// Turns a failed multi call into an error.
    private func check(_ code: CURLMcode) throws(TransportError) {
        guard code == CURLM_OK else { throw .network(String(cString: reader_curl_multi_strerror(code))) }
    }
}
