import Hummingbird
import ReaderModels

/// An error answered with the Sync API's JSON body,
/// `{"error": {"code": "...", "message": "..."}}`.
///
/// Every non-2xx answer of the server is one of these: ``ErrorBodyMiddleware``
/// turns any other error into one.
struct APIError: HTTPResponseError, CustomStringConvertible {
    let status: HTTPResponse.Status
    let code: String
    let message: String
    var headers: HTTPFields = [:]
    /// The server's time, in the body of a `clock_ahead` refusal.
    var serverMS: Int64?

    var description: String { "\(status.code) \(code): \(message)" }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONBody.response(
            SyncWire.ErrorBody(code: code, message: message, serverMS: serverMS), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }

    /// 400: a malformed request (bad cursor, limit or body).
    static func badRequest(_ message: String) -> APIError {
        APIError(status: .badRequest, code: "bad_request", message: message)
    }

    /// 400 `clock_ahead`: a pushed clock is too far ahead of `serverMS`, the
    /// server's time, which the body carries as `server_ms`.
    static func clockAhead(_ message: String, serverMS: Int64) -> APIError {
        APIError(status: .badRequest, code: SyncWire.ErrorBody.clockAhead, message: message, serverMS: serverMS)
    }

    /// 401: no token, or the wrong one; the message says how to give one.
    static func unauthorized(_ message: String, realm: String) -> APIError {
        APIError(
            status: .unauthorized, code: "unauthorized", message: message,
            headers: [.wwwAuthenticate: "Bearer realm=\"\(realm)\""])
    }

    /// 404: nothing here.
    static func notFound(_ message: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: message)
    }

    /// 410: the article cursor is too old; restart without one.
    static func cursorExpired(_ message: String) -> APIError {
        APIError(status: .gone, code: "cursor_expired", message: message)
    }

    /// An injected failure: 429 and 503 say `overloaded` and carry `Retry-After: 1`.
    static func injectedFailure(status: Int) -> APIError {
        let status = HTTPResponse.Status(code: status)
        switch status {
        case .tooManyRequests, .serviceUnavailable:
            return APIError(
                status: status, code: "overloaded", message: "the server is overloaded (injected fault); retry later",
                headers: [.retryAfter: "1"])
        default:
            return APIError(status: status, code: "internal", message: "injected server fault")
        }
    }

    private static func code(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 410: "gone"
        case 413: "payload_too_large"
        case 429, 503: "overloaded"
        default: status.code >= 500 ? "internal" : "error"
        }
    }
}

extension APIError {
    /// The error for any failure: an `APIError` stays itself, Hummingbird's
    /// own errors keep their status, anything else is a 500.
    init(_ error: any Error) {
        switch error {
        case let error as APIError:
            self = error
        case let error as HTTPError:
            self.init(
                status: error.status, code: Self.code(for: error.status),
                message: error.body ?? error.status.reasonPhrase, headers: error.headers)
        case let error as ServerStoreError:
            switch error {
            case .cursorExpired:
                self = .cursorExpired("\(error); restart the stream without a cursor")
            case .database:
                self.init(status: .internalServerError, code: "internal", message: "\(error)")
            }
        default:
            self.init(status: .internalServerError, code: "internal", message: "internal error")
        }
    }
}
