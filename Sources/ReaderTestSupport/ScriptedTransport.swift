public import Foundation
public import ReaderHTTP

/// An ``HTTPTransport`` that answers from a script, for unit tests of the
/// sync engine that need exact failure sequences (a 503 then a 200, a 410 once).
/// End-to-end tests use the real reference server and libcurl instead.
///
/// For example:
///
/// ```swift
/// let transport = ScriptedTransport { request, attempt in
///     attempt == 1 ? .success(HTTPResponse(status: 503, url: request.url)) : .success(ok)
/// }
/// ```
public actor ScriptedTransport: HTTPTransport {
    /// Answers a request; `attempt` counts requests to the same URL, from 1.
    public typealias Script = @Sendable (HTTPRequest, Int) -> Result<HTTPResponse, TransportError>

    private let script: Script
    private var attempts: [String: Int] = [:]

    /// Every request received, in order.
    public private(set) var requests: [HTTPRequest] = []

    /// Creates a transport that answers with `script`.
    public init(_ script: @escaping Script) {
        self.script = script
    }

    /// Records `request` and answers it from the script.
    public func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        requests.append(request)
        attempts[request.url, default: 0] += 1
        return try script(request, attempts[request.url]!).get()
    }

    /// A 200 answer with a JSON body.
    public static func json(_ body: some Encodable, for request: HTTPRequest, encoder: JSONEncoder = JSONEncoder())
        -> Result<HTTPResponse, TransportError>
    {
        guard let data = try? encoder.encode(body) else { return .failure(.network("cannot encode test body")) }
        return .success(HTTPResponse(status: 200, headers: ["content-type": "application/json"], body: data, url: request.url))
    }
}
