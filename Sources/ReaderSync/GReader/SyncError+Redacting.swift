import Foundation
import ReaderModels

extension SyncError {
    /// This error with every one of `secrets` (a password, a login token)
    /// replaced by `[redacted]` wherever the server's words carry it: a
    /// server may echo back what it was sent.
    func redacting(_ secrets: [String]) -> SyncError {
        let secrets = secrets.filter { !$0.isEmpty }
        guard !secrets.isEmpty else { return self }
        func clean(_ text: String) -> String {
            secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: ServerText.redaction) }
        }
        switch self {
        case .unauthorized(let source, let status, let message):
            return .unauthorized(source: source, status: status, message: message.map(clean))
        case .http(let source, let status, let message):
            return .http(source: source, status: status, message: message.map(clean))
        case .retriesExhausted(let source, let lastCause):
            return .retriesExhausted(source: source, lastCause: clean(lastCause))
        case .protocolViolation(let source, let detail):
            return .protocolViolation(source: source, detail: clean(detail))
        case .serverRepeatsItself(let source, let detail):
            return .serverRepeatsItself(source: source, detail: clean(detail))
        case .unexpectedAnswer(let account, let route, let detail):
            return .unexpectedAnswer(account: account, route: route, detail: clean(detail))
        case .subscriptionRefused(let account, let url, let message):
            return .subscriptionRefused(account: account, url: url, message: message.map(clean))
        default:
            return self
        }
    }
}
