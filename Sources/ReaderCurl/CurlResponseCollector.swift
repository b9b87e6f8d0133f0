import CCurl
import Foundation
import ReaderHTTP

/// Gathers the status line, header fields and body that libcurl hands to its
/// callbacks during one transfer, enforcing the body limit.
///
/// libcurl reports the header lines of every response in a redirect chain;
/// a new status line starts over, so only the final response's fields remain.
/// A body that grows past the request's ``HTTPRequest/bodyFileThreshold``
/// moves to a ``BodyFile`` and goes on there. It is used by one transfer on one thread; libcurl reaches it through the
/// `userdata` pointer of ``headerCallback`` and ``bodyCallback``.
final class CurlResponseCollector {
    /// The most body bytes accepted after decompression.
    let limit: Int
    /// Past this many body bytes, the body goes to a file.
    let fileThreshold: Int?
    /// Header fields of the latest response, names lowercased; repeated
    /// fields are joined with `", "`.
    private(set) var headers: [String: String] = [:]
    /// The decoded body received so far, unless it is in ``bodyFile``.
    private(set) var body = Data()
    /// The file the body went to past ``fileThreshold``.
    private(set) var bodyFile: BodyFile?
    /// Where ``bodyFile`` is open for writing, until ``finishBody()``.
    private var fileDescriptor: Int32 = -1
    /// Body bytes received so far, in memory or in the file.
    private var received = 0
    /// Whether the transfer was aborted because the body exceeded ``limit``.
    private(set) var exceededLimit = false
    /// Why the body could not be written to ``bodyFile``, which aborted the transfer.
    private(set) var fileFailure: String?

    /// Creates a collector that refuses bodies over `limit` bytes and writes
    /// those over `fileThreshold` (if any) to a file.
    init(limit: Int, fileThreshold: Int? = nil) {
        self.limit = limit
        self.fileThreshold = fileThreshold
    }

    deinit {
        finishBody()
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
        if received == 0, headers["content-encoding"] == nil,
            let declared = headers["content-length"].flatMap({ Int($0) }), declared > limit
        {
            exceededLimit = true
            return false
        }
        guard bytes.count <= limit - received else {
            exceededLimit = true
            return false
        }
        received += bytes.count
        if fileDescriptor < 0, let fileThreshold, received > fileThreshold {
            moveBodyToFile()
        }
        guard fileDescriptor >= 0 else {
            body.append(contentsOf: bytes)
            return true
        }
        return write(bytes)
    }

    /// Closes ``bodyFile`` for writing, once the transfer has ended.
    func finishBody() {
        guard fileDescriptor >= 0 else { return }
        close(fileDescriptor)
        fileDescriptor = -1
    }

    /// Starts ``bodyFile`` with what is in memory; the body stays in memory
    /// if no file can be made.
    private func moveBodyToFile() {
        guard let (file, descriptor) = BodyFile.create() else { return }
        bodyFile = file
        fileDescriptor = descriptor
        let held = body
        body = Data()
        _ = held.withUnsafeBytes { write($0) }
    }

    /// Writes `bytes` to the body file; false (with ``fileFailure``) if it fails.
    private func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                fileFailure = "the body could not be written to \(bodyFile?.description ?? "a temporary file"): \(String(cString: strerror(errno)))"
                return false
            }
            offset += written
        }
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
