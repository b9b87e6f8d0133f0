import CCurl
import Foundation
import ReaderHTTP

/// One libcurl easy handle with its error buffer, cleaned up when released.
///
/// `@unchecked Sendable` because libcurl lets a handle move between threads
/// but not be used by two at once, which the compiler cannot check. Each
/// handle has one user at a time: idle, it sits behind the lock of a
/// ``CurlEasyHandlePool``; checked out, it belongs to one
/// ``CurlTransport/send(_:)``, which configures it, then hands it to the
/// loop thread through ``CurlTransferLoop``'s locked inbox, and gets it back
/// only when the loop has removed it from the multi handle and resumed the
/// awaiting task.
final class CurlEasyHandle: @unchecked Sendable {
    /// The `CURL *` this object owns.
    let raw: UnsafeMutableRawPointer
    /// Where libcurl writes a readable message when a transfer fails.
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// The header lines of the current transfer, which libcurl reads until it ends.
    private var headerList: CurlHeaderList?

    /// Creates a handle with default options.
    /// - throws: ``TransportError/network(_:)`` if libcurl cannot be loaded or cannot make one.
    init() throws(TransportError) {
        if let reason = CurlLibrary.unavailability { throw .network(reason) }
        guard let raw = reader_curl_easy_init() else { throw .network("libcurl could not make a handle") }
        self.raw = raw
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    deinit {
        reader_curl_easy_cleanup(raw)
        errorBuffer.deallocate()
    }

    /// Puts every option back to its default, keeping the connection and DNS
    /// caches of the multi handle it runs on, and re-arms the error buffer.
    /// - throws: ``TransportError/network(_:)`` if libcurl rejects the error buffer.
    func reset() throws(TransportError) {
        reader_curl_easy_reset(raw)
        headerList = nil
        errorBuffer[0] = 0
        try check(reader_curl_easy_setopt_pointer(raw, CURLOPT_ERRORBUFFER, errorBuffer), CURLOPT_ERRORBUFFER)
    }

    /// The message libcurl left in the error buffer for the last transfer, if any.
    var errorMessage: String? {
        errorBuffer[0] == 0 ? nil : String(cString: errorBuffer)
    }

    // MARK: - Options

    /// Sets an option of type `long`.
    func set(_ option: CURLoption, to value: Int) throws(TransportError) {
        try check(reader_curl_easy_setopt_long(raw, option, value), option)
    }

    /// Sets an option of type `curl_off_t`.
    func set(_ option: CURLoption, toSize value: Int) throws(TransportError) {
        try check(reader_curl_easy_setopt_off_t(raw, option, curl_off_t(value)), option)
    }

    /// Sets an option of type `char *`; libcurl keeps its own copy.
    func set(_ option: CURLoption, to value: String) throws(TransportError) {
        try check(reader_curl_easy_setopt_string(raw, option, value), option)
    }

    /// Sets an option of type `void *`; the caller keeps the memory alive.
    func set(_ option: CURLoption, to pointer: UnsafeRawPointer?) throws(TransportError) {
        try check(reader_curl_easy_setopt_pointer(raw, option, pointer), option)
    }

    /// Sets the body of a POST: `CURLOPT_POSTFIELDSIZE_LARGE`, then
    /// `CURLOPT_COPYPOSTFIELDS`, so libcurl copies exactly these bytes.
    func setPostBody(_ body: Data) throws(TransportError) {
        try set(CURLOPT_POSTFIELDSIZE_LARGE, toSize: body.count)
        // libcurl needs a pointer even for an empty body, which may have no base address.
        let code = body.isEmpty
            ? reader_curl_easy_setopt_string(raw, CURLOPT_COPYPOSTFIELDS, "")
            : body.withUnsafeBytes { reader_curl_easy_setopt_pointer(raw, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
        try check(code, CURLOPT_COPYPOSTFIELDS)
    }

    /// Sets a write or header callback.
    func set(_ option: CURLoption, to callback: curl_write_callback) throws(TransportError) {
        try check(reader_curl_easy_setopt_write_callback(raw, option, callback), option)
    }

    /// Sets `CURLOPT_HTTPHEADER`, keeping `list` alive until the next ``reset()``.
    func setHeaders(_ list: CurlHeaderList) throws(TransportError) {
        headerList = list
        try check(reader_curl_easy_setopt_slist(raw, CURLOPT_HTTPHEADER, list.head), CURLOPT_HTTPHEADER)
    }

    // MARK: - Information

    /// Reads an information item of type `long`.
    func info(_ item: CURLINFO) -> Int {
        var value = 0
        return reader_curl_easy_getinfo_long(raw, item, &value) == CURLE_OK ? value : 0
    }

    /// Reads an information item of type `curl_off_t`.
    func sizeInfo(_ item: CURLINFO) -> Int {
        var value: curl_off_t = 0
        return reader_curl_easy_getinfo_off_t(raw, item, &value) == CURLE_OK ? Int(value) : 0
    }

    /// Reads an information item of type `char *`.
    func stringInfo(_ item: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard reader_curl_easy_getinfo_string(raw, item, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    /// Turns a failed `curl_easy_setopt` into an error naming the option.
    private func check(_ code: CURLcode, _ option: CURLoption) throws(TransportError) {
        guard code == CURLE_OK else {
            throw .network("libcurl refused option \(option.rawValue): \(String(cString: reader_curl_easy_strerror(code)))")
        }
    }
}
