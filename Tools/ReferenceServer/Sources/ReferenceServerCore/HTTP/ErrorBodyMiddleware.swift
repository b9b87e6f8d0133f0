import Logging
import Hummingbird

/// Answers every error, including the router's own 404, with the Sync API's
/// JSON error body (``APIError``).
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let apiError = APIError(error)
            if apiError.status == .internalServerError, !(error is APIError) {
                context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            }
            return try apiError.response(from: request, context: context)
        }
    }
}
