import Foundation
import ReaderHTTP
import ReaderModels

/// Sends one logical request for a source: adds the bearer token, retries
/// transient failures by the ``RetryPolicy``, and turns error statuses into
/// ``SyncError``s that carry the server's message.
struct RequestRunner: Sendable {
    let transport: any HTTPTransport
    let policy: RetryPolicy
    let sourceURL: String
    let token: String?
    /// No request starts at or after this instant.
    let deadline: ContinuousClock.Instant?

    /// Sends `request` until it gets an answer worth returning: 2xx, 304, or a
    /// status in `passing`. Counts requests and bytes into `report`.
    ///
    /// A 429 or 503 whose `Retry-After` is longer than the policy waits ends
    /// the sync at once with ``SyncError/serverAskedToWait(source:status:until:)``.
    func send(_ request: HTTPRequest, passing: Set<Int> = [], report: inout SyncReport) async throws(SyncError)
        -> HTTPResponse
    {
        var request = request
        if let token { request.headers["Authorization"] = "Bearer \(token)" }
        var attempt = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw .cancelled }
            let failure: String
            var retryAfter: TimeInterval?
            do {
                let response = try await sendBeforeDeadline(request, counting: &report)
                report.bytesReceived += response.bytesReceived
                switch response.status {
                case 200..<300, 304:
                    return response
                case let status where passing.contains(status):
                    return response
                case 401, 403:
                    throw SyncError.unauthorized(source: sourceURL, status: response.status, message: Self.message(in: response))
                case 429, 500..<600:
                    let wait = RetryPolicy.retryAfterSeconds(response.header("Retry-After"))
                    if let wait, wait > policy.retryAfterCap {
                        throw SyncError.serverAskedToWait(
                            source: sourceURL, status: response.status, until: Date().addingTimeInterval(wait))
                    }
                    failure = "HTTP \(response.status)" + (Self.message(in: response).map { ": \($0)" } ?? "")
                    retryAfter = wait
                default:
                    throw SyncError.http(source: sourceURL, status: response.status, message: Self.message(in: response))
                }
            } catch let error as SyncError {
                throw error
            } catch let error as TransportError {
                if error == .cancelled { throw .cancelled }
                guard error.isTransient else { throw .transport(source: sourceURL, error) }
                failure = error.description
            } catch {
                failure = String(describing: error)
            }
            guard attempt < policy.maxAttempts else {
                throw .retriesExhausted(source: sourceURL, lastCause: failure)
            }
            do {
                try await Task.sleep(for: .seconds(policy.delay(afterAttempt: attempt, retryAfter: retryAfter)))
            } catch {
                throw .cancelled
            }
        }
    }

    /// Sends `request` unless the deadline has come, and counts it into `report`.
    private func sendBeforeDeadline(_ request: HTTPRequest, counting report: inout SyncReport) async throws
        -> HTTPResponse
    {
        if let deadline, ContinuousClock.now >= deadline { throw SyncError.deadlineReached(source: sourceURL) }
        report.requests += 1
        return try await transport.send(request)
    }

    /// The `message` of a JSON error body, or a short plain-text body.
    static func message(in response: HTTPResponse) -> String? {
        if let body = try? JSONDecoder().decode(SyncWire.ErrorBody.self, from: response.body) {
            return body.error.message
        }
        guard response.body.count <= 200, let text = String(data: response.body, encoding: .utf8) else { return nil }
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingCharacters(in: .whitespaces)
        return (line?.isEmpty ?? true) || text.contains("<") ? nil : line
    }
}
