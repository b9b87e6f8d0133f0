import Foundation
import CompressNIO
import Hummingbird
import NIOCore

/// gzip content coding for answers, when the client accepts it.
enum ContentCoding {
    /// Bodies smaller than this go uncompressed: gzip would not pay for its header.
    static let minimumGzipBytes = 256

    /// Whether `request`'s `Accept-Encoding` accepts gzip (explicitly or
    /// through `*`) with a non-zero quality.
    static func acceptsGzip(_ request: Request) -> Bool {
        let header = request.headers[values: .acceptEncoding].joined(separator: ",")
        var gzipQuality: Double?
        var wildcardQuality: Double?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if coding == "gzip" || coding == "x-gzip" { gzipQuality = quality }
            if coding == "*" { wildcardQuality = quality }
        }
        return (gzipQuality ?? wildcardQuality ?? 0) > 0
    }

    /// `body` compressed with gzip.
    static func gzipped(_ body: ByteBuffer) throws -> ByteBuffer {
        var body = body
        return try body.compress(with: .gzip())
    }
}
