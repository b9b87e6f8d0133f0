import Hummingbird

/// The `cursor` and `limit` query parameters of a page request.
struct PageQuery: Sendable {
    /// The cursor as the client sent it; `nil` when absent or empty.
    let cursorText: String?
    /// The decoded cursor; `nil` means from the beginning.
    let cursor: StreamCursor?
    /// The page size.
    let limit: Int

    /// The page size when the request gives none, capped by the server's maximum.
    static let defaultLimit = 500

    /// Reads the parameters of `request` for `stream`.
    /// - throws: ``APIError`` 400 for a bad cursor or a limit outside `1...maxLimit`.
    init(_ request: Request, stream: StreamCursor.Stream, maxLimit: Int) throws(APIError) {
        let parameters = request.uri.queryParameters
        let text = parameters.get("cursor").flatMap { $0.isEmpty ? nil : $0 }
        cursorText = text
        cursor = try text.map { text throws(APIError) in try StreamCursor(decoding: text, stream: stream) }
        if let limitText = parameters.get("limit") {
            guard let limit = Int(limitText), (1...maxLimit).contains(limit) else {
                throw APIError.badRequest("limit must be an integer from 1 to \(maxLimit)")
            }
            self.limit = limit
        } else {
            limit = min(Self.defaultLimit, maxLimit)
        }
    }
}
