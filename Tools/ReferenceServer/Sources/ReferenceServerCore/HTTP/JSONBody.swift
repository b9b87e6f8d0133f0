import Foundation
import Hummingbird
import NIOCore
import ReaderModels

/// Encodes and decodes JSON bodies with the Sync API's coders (RFC 3339 dates).
enum JSONBody {
    /// The media type of every JSON answer.
    static let contentType = "application/json; charset=utf-8"

    /// `value` as JSON bytes: the wire encoder, with sorted keys so equal
    /// values give equal bytes, and slashes left unescaped.
    static func buffer(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = SyncWire.makeEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ByteBuffer(bytes: try encoder.encode(value))
    }

    /// A response with `value` as its JSON body.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        do {
            return Response(
                status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: try buffer(value)))
        } catch {
            return Response(status: .internalServerError)
        }
    }

    /// The request's body, at most `maxBytes`, decoded as `type`.
    /// - throws: ``APIError`` 400 when the body is not that JSON, 413 when it is too large.
    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request, maxBytes: Int) async throws
        -> Value
    {
        try decode(type, from: try await bytes(of: request, maxBytes: maxBytes))
    }

    /// The request's body, at most `maxBytes`.
    /// - throws: Hummingbird's 413 error when it is larger.
    static func bytes(of request: Request, maxBytes: Int) async throws -> Data {
        Data(try await request.body.collect(upTo: maxBytes).readableBytesView)
    }

    /// `data` decoded as `type`.
    /// - throws: ``APIError`` 400 when it is not that JSON.
    static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws(APIError) -> Value {
        do {
            return try SyncWire.makeDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw APIError.badRequest("the body is not valid JSON for this request: \(Self.describe(error))")
        } catch {
            throw APIError.badRequest("the body is not valid JSON: \(error)")
        }
    }

    /// One line about where decoding failed, without echoing the body.
    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "missing field \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            (context.codingPath.map(\.stringValue).joined(separator: ".") + " " + context.debugDescription)
                .trimmingCharacters(in: .whitespaces)
        @unknown default: "\(error)"
        }
    }
}
