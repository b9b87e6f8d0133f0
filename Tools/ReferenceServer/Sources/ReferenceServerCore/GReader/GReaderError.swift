import Hummingbird

/// An error of the GReader routes, answered as FreshRSS does: a short
/// `text/plain` body, and `Google-Bad-Token: true` on a refused token.
struct GReaderError: Error, CustomStringConvertible {
    let status: HTTPResponse.Status
    let message: String
    var isBadToken = false

    var description: String { "\(status.code) \(message)" }

    /// The answer for this error.
    var response: Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8"]
        if isBadToken { headers[GReaderError.badTokenHeader] = "true" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: .init(string: message + "\n")))
    }

    /// `Google-Bad-Token`.
    static let badTokenHeader = HTTPFields.Element.Name("Google-Bad-Token")!

    /// 401 with `Google-Bad-Token: true`: a bad password, `Auth` token or action token.
    static let unauthorized = GReaderError(status: .unauthorized, message: "Unauthorized!", isBadToken: true)

    /// 400: a malformed request.
    static func badRequest(_ message: String) -> GReaderError {
        GReaderError(status: .badRequest, message: message)
    }

    /// 501: a JSON route asked without `output=json`.
    static let notImplemented = GReaderError(status: .notImplemented, message: "Not implemented! (use output=json)")
}

/// Answers the GReader routes' errors as plain text (``GReaderError``);
/// Hummingbird's own errors keep their status. Anything else goes on to the
/// server's error middleware.
struct GReaderErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as GReaderError {
            return error.response
        } catch let error as HTTPError {
            return GReaderError(status: error.status, message: error.body ?? error.status.reasonPhrase).response
        }
    }
}

/// Lets a request through only with `Authorization: GoogleLogin auth=<Auth>`
/// carrying the account's token; 401 with `Google-Bad-Token: true` otherwise.
struct GoogleLoginMiddleware<Context: RequestContext>: RouterMiddleware {
    let credentials: GReaderCredentials

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard credentials.acceptsAuthorization(request.headers[.authorization]) else { throw GReaderError.unauthorized }
        return try await next(request, context)
    }
}
