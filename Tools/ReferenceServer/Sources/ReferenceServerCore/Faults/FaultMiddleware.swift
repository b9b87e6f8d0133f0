import Hummingbird
import NIOCore

/// Applies the injector's faults to each request it sees: waits, fails, or
/// cuts the body of a successful answer.
struct FaultMiddleware<Context: RequestContext>: RouterMiddleware {
    let injector: FaultInjector

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let plan = injector.nextPlan()
        if let latency = plan.latency { try await Task.sleep(for: latency) }
        if let status = plan.failStatus { throw APIError.injectedFailure(status: status) }
        let response = try await next(request, context)
        guard plan.truncates, response.status == .ok else { return response }
        return try await truncated(response)
    }

    /// `response` with a `Content-Length` for its whole body, but only the
    /// first half of the body, after which the connection is closed.
    private func truncated(_ response: Response) async throws -> Response {
        let collector = BodyCollector()
        try await response.body.write(collector)
        let full = collector.buffer
        guard full.readableBytes >= 2 else { return response }
        injector.countTruncation()
        let half = full.getSlice(at: full.readerIndex, length: full.readableBytes / 2) ?? ByteBuffer()
        var headers = response.headers
        headers[.contentLength] = String(full.readableBytes)
        let body = ResponseBody(contentLength: full.readableBytes) { writer in
            try await writer.write(half)
            // Failing the body write makes the server close the connection
            // with the promised length unmet, as a dropped connection would.
            throw InjectedTruncation()
        }
        return Response(status: response.status, headers: headers, body: body)
    }
}

/// The error that ends a truncated body.
struct InjectedTruncation: Error {}

/// A response body writer that keeps what is written.
private final class BodyCollector: ResponseBodyWriter {
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
