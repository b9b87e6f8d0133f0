public import ReaderFeeds
public import ReaderHTTP
public import ReaderStore

/// Why syncing a source failed. Every case names the source, and its
/// description is one line fit for a terminal; none contains a token.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No response could be had, after the retries the policy allows.
    case transport(source: String, TransportError)
    /// The endpoint refused the token, or asked for one.
    case unauthorized(source: String, status: Int, message: String?)
    /// The server answered with an error status that retrying does not fix.
    case http(source: String, status: Int, message: String?)
    /// The server stayed overloaded or failing through every retry.
    case retriesExhausted(source: String, lastCause: String)
    /// The feed document could not be read.
    case feed(source: String, FeedParseError)
    /// The sync endpoint sent something the contract does not allow.
    case protocolViolation(source: String, detail: String)
    /// The cache failed.
    case store(StoreError)
    /// The task was cancelled; every page applied before stays.
    case cancelled

    /// One line: the source, then what went wrong.
    public var description: String {
        switch self {
        case .transport(let source, let error):
            "\(source): \(error)"
        case .unauthorized(let source, let status, let message):
            "\(source): HTTP \(status), the endpoint needs a valid bearer token" + (message.map { " (\($0))" } ?? "")
        case .http(let source, let status, let message):
            "\(source): HTTP \(status)" + (message.map { ": \($0)" } ?? "") + (status == 404 ? " (is the URL right?)" : "")
        case .retriesExhausted(let source, let lastCause):
            "\(source): gave up after retries: \(lastCause)"
        case .feed(let source, let error):
            "\(source): \(error)"
        case .protocolViolation(let source, let detail):
            "\(source): not a valid Reader Sync API answer: \(detail)"
        case .store(let error):
            error.description
        case .cancelled:
            "sync cancelled"
        }
    }
}
