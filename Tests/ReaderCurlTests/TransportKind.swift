import ReaderCurl
import ReaderHTTP
import ReaderURLSession
import Testing

/// The transports that every exchange test runs against: the sync engine
/// must get the same responses and the same errors from each.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case curl
    case urlSession

    var testDescription: String { rawValue }

    /// A new transport of this kind.
    func make(userAgent: String? = nil, lowSpeedLimit: LowSpeedLimit = .standard) -> any HTTPTransport {
        switch self {
        case .curl: CurlTransport(userAgent: userAgent ?? CurlTransport.defaultUserAgent, lowSpeedLimit: lowSpeedLimit)
        case .urlSession:
            URLSessionTransport(userAgent: userAgent ?? URLSessionTransport.defaultUserAgent, lowSpeedLimit: lowSpeedLimit)
        }
    }

    /// The `User-Agent` a transport of this kind sends by default.
    var defaultUserAgent: String {
        switch self {
        case .curl: CurlTransport.defaultUserAgent
        case .urlSession: URLSessionTransport.defaultUserAgent
        }
    }
}
