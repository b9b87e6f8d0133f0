import Foundation
import Hummingbird

/// Lets a request through only with `Authorization: Bearer <token>`; answers
/// 401 otherwise. The token itself never appears in an answer or a log.
struct BearerTokenMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The accepted token.
    let token: String
    /// The `WWW-Authenticate` realm, naming what the token is for.
    let realm: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized(
                "a bearer token is required: send the header Authorization: Bearer <token>", realm: realm)
        }
        let scheme = "bearer "
        guard header.count > scheme.count, header.prefix(scheme.count).lowercased() == scheme,
            ConstantTime.equal(Array(header.utf8.dropFirst(scheme.count)), Array(token.utf8))
        else {
            throw APIError.unauthorized(
                "the bearer token was not accepted: a valid bearer token is required "
                    + "(Authorization: Bearer <token>)", realm: realm)
        }
        return try await next(request, context)
    }
}
