import CorpusGenerator
import Foundation
import Hummingbird
import NIOCore

/// A body with its validators, answered with conditional GET and gzip: 304
/// when the client's `If-None-Match` (or, without one, `If-Modified-Since`)
/// still holds, else 200, gzip-encoded when the client accepts it.
struct Representation: Sendable {
    /// The identity-encoded body.
    var body: ByteBuffer
    /// The `Content-Type` value.
    var contentType: String
    /// The tag of the identity body.
    var entityTag: EntityTag?
    /// When the content last changed.
    var lastModified: Date?

    /// The answer to `request`.
    func response(to request: Request) throws -> Response {
        let gzip = ContentCoding.acceptsGzip(request) && body.readableBytes >= ContentCoding.minimumGzipBytes
        var headers: HTTPFields = [.vary: "Accept-Encoding"]
        if let entityTag { headers[.eTag] = entityTag.headerValue(gzipped: gzip) }
        if let lastModified { headers[.lastModified] = InternetDate.string(from: lastModified) }
        if isNotModified(for: request) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        guard gzip else { return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body)) }
        headers[.contentEncoding] = "gzip"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: try ContentCoding.gzipped(body)))
    }

    /// RFC 9110 §13.2.2: `If-None-Match` decides when present; otherwise
    /// `If-Modified-Since` compared at one-second precision.
    private func isNotModified(for request: Request) -> Bool {
        let ifNoneMatch = request.headers[values: .ifNoneMatch]
        if !ifNoneMatch.isEmpty {
            guard let entityTag else { return false }
            return entityTag.isMatched(byIfNoneMatch: ifNoneMatch.joined(separator: ","))
        }
        guard let lastModified, let header = request.headers[.ifModifiedSince],
            let since = InternetDate.date(from: header)
        else { return false }
        return lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
    }
}
