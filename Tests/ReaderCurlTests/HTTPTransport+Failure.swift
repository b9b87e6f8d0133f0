import ReaderHTTP

extension HTTPTransport {
    /// The error `request` fails with, or `nil` if it gets a response.
    func failure(of request: HTTPRequest) async -> TransportError? {
        do {
            _ = try await send(request)
            return nil
        } catch {
            return error
        }
    }
}
