package import Foundation

/// Where a transport puts the decoded body of one response as it arrives:
/// memory, until it grows past the request's ``HTTPRequest/bodyFileThreshold``,
/// then a ``BodyFile``, refusing bytes past ``HTTPRequest/maxResponseBytes``.
///
/// Both transports fill one (`CurlTransport` from libcurl's write callback,
/// `URLSessionTransport` from its data task's delegate), so a large body
/// goes to a file the same way through each. Used from one thread at a time.
package final class ResponseBodySink {
    /// Why bytes were refused.
    package enum Refusal: Error, Equatable {
        /// They would take the body past the limit.
        case tooLarge
        /// The body file could not be written (the reason, with its path).
        case fileFailure(String)
    }

    private let limit: Int
    private let fileThreshold: Int?
    /// The body so far, unless it is in ``file``.
    private(set) package var memory = Data()
    /// The file the body went to past the threshold.
    private(set) package var file: BodyFile?
    /// Where ``file`` is open for writing, until ``finish()``.
    private var descriptor: Int32 = -1
    /// Body bytes taken so far, in memory or in the file.
    private(set) package var count = 0

    /// A sink for a response to `request`.
    package init(for request: HTTPRequest) {
        limit = request.maxResponseBytes
        fileThreshold = request.bodyFileThreshold
    }

    deinit {
        finish()
    }

    /// Takes the next decoded bytes.
    /// - throws: ``Refusal``; the transfer should stop.
    package func append(_ bytes: UnsafeRawBufferPointer) throws(Refusal) {
        guard bytes.count <= limit - count else { throw .tooLarge }
        count += bytes.count
        if descriptor < 0, let fileThreshold, count > fileThreshold {
            try moveToFile()
        }
        guard descriptor >= 0 else {
            memory.append(contentsOf: bytes)
            return
        }
        try write(bytes)
    }

    /// Closes ``file`` for writing, once the transfer has ended.
    package func finish() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// Starts ``file`` with what is in memory; the body stays in memory if
    /// no file can be made.
    private func moveToFile() throws(Refusal) {
        guard let (file, descriptor) = BodyFile.create() else { return }
        self.file = file
        self.descriptor = descriptor
        let held = memory
        memory = Data()
        let failure = held.withUnsafeBytes { bytes -> Refusal? in
            do throws(Refusal) {
                try write(bytes)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws(Refusal) {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw .fileFailure("the body could not be written to \(file?.description ?? "a temporary file"): \(reason)")
            }
            offset += written
        }
    }
}
