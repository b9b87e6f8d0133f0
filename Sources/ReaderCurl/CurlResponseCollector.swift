import CCurl
import Foundation
import ReaderHTTP

/// Gathers the status line, header fields and body that libcurl hands to its
/// callbacks during one transfer, enforcing the body limit.
///
/// libcurl reports the header lines of every response in a redirect chain;
/// a new status line starts over, so only the final response's fields remain.
/// The body goes to a ``ResponseBodySink``, which moves it to a file past
/// the request's ``HTTPRequest/bodyFileThreshold``. It is used by one
/// transfer on one thread; libcurl reaches it through the `userdata` pointer
/// of ``headerCallback`` and ``bodyCallback``.
final class CurlResponseCollector {
    /// Header fields of the latest response, names lowercased; repeated
    /// fields are joined with `", "`.
    private(set) var headers: [String: String] = [:]
    /// The decoded body, in memory or in a file.
    let body: ResponseBodySink
    /// Why the transfer was aborted for its body, if it was.
    private(set) var refusal: ResponseBodySink.Refusal?
    private let limit: Int

    /// Creates a collector for a response to `request`.
    init(for request: HTTPRequest) {
        body = ResponseBodySink(for: request)
        limit = request.maxResponseBytes
    }

    /// Takes one header line (status line, field or blank end line, with its CRLF).
    func receiveHeaderLine(_ line: UnsafeRawBufferPointer) {
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix("HTTP/") {
            headers = [:]
            return
        }
        guard let colon = text.firstIndex(of: ":") else { return }
        let name = text[..<colon].lowercased()
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        headers[name] = headers[name].map { "\($0), \(value)" } ?? value
    }

    /// Takes decoded body bytes; returns `false` to abort the transfer when
    /// the body refuses them (``refusal`` says why).
    ///
    /// The first call also checks the declared `Content-Length` when the body
    /// is not content-encoded, so an oversized body is refused after its first
    /// chunk instead of after the limit.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if body.count == 0, headers["content-encoding"] == nil,
            let declared = headers["content-length"].flatMap({ Int($0) }), declared > limit
        {
            refusal = .tooLarge
            return false
        }
        do throws(ResponseBodySink.Refusal) {
            try body.append(bytes)
            return true
        } catch {
            refusal = error
            return false
        }
    }

    /// The `CURLOPT_HEADERFUNCTION` callback; `userdata` is an unretained collector.
    static let headerCallback: curl_write_callback = { buffer, size, count, userdata in
        let length = size * count
        guard let buffer, let userdata else { return length }
        let collector = Unmanaged<CurlResponseCollector>.fromOpaque(userdata).takeUnretainedValue()
        collector.receiveHeaderLine(UnsafeRawBufferPointer(start: buffer, count: length))
        return length
    }

    /// The `CURLOPT_WRITEFUNCTION` callback; `userdata` is an unretained
    /// collector. Returning less than it was given makes libcurl abort with
    /// `CURLE_WRITE_ERROR`.
    static let bodyCallback: curl_write_callback = { buffer, size, count, userdata in
        let length = size * count
        guard let buffer, let userdata else { return length }
        let collector = Unmanaged<CurlResponseCollector>.fromOpaque(userdata).takeUnretainedValue()
        return collector.receiveBody(UnsafeRawBufferPointer(start: buffer, count: length)) ? length : 0
    }
}
