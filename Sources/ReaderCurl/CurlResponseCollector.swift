import CCurl
import Foundation

/// Gathers the status line, header fields and body that libcurl hands to its
/// callbacks during one transfer, enforcing the body limit.
///
/// libcurl reports the header lines of every response in a redirect chain;
/// a new status line starts over, so only the final response's fields remain.
/// It is used by one transfer on one thread; libcurl reaches it through the
/// `userdata` pointer of ``headerCallback`` and ``bodyCallback``.
final class CurlResponseCollector {
    /// The most body bytes accepted after decompression.
    let limit: Int
    /// Header fields of the latest response, names lowercased; repeated
    /// fields are joined with `", "`.
    private(set) var headers: [String: String] = [:]
    /// The decoded body received so far.
    private(set) var body = Data()
    /// Whether the transfer was aborted because the body exceeded ``limit``.
    private(set) var exceededLimit = false

    /// Creates a collector that refuses bodies over `limit` bytes.
    init(limit: Int) {
        self.limit = limit
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
    /// they would take the body over ``limit``.
    ///
    /// The first call also checks the declared `Content-Length` when the body
    /// is not content-encoded, so an oversized body is refused after its first
    /// chunk instead of after `limit` bytes.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if body.isEmpty, headers["content-encoding"] == nil,
            let declared = headers["content-length"].flatMap({ Int($0) }), declared > limit
        {
            exceededLimit = true
            return false
        }
        guard bytes.count <= limit - body.count else {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: bytes)
        return true
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
