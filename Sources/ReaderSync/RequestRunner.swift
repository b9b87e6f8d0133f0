import Foundation
import ReaderHTTP
import ReaderModels

/// Sends one logical request for a source: adds the bearer token, retries
/// transient failures by the ``RetryPolicy`` within its time limits, and
/// turns error statuses into ``SyncError``s that carry the server's message
/// (made displayable, the token removed: ``message(in:)``).
struct RequestRunner: Sendable {
    let transport: any HTTPTransport
    let policy: RetryPolicy
    let sourceURL: String
    let token: String?
    /// No request starts at or after this instant (a refresh's deadline: a stop).
    let deadline: ContinuousClock.Instant?
    /// The end of the source's sync by ``RetryPolicy/sourceTimeLimit``,
    /// counted from the runner's creation (a failure).
    let sourceTimeLimit: ContinuousClock.Instant

    /// Creates the runner of one sync of the source at `sourceURL`, whose
    /// time limit starts now.
    init(
        transport: any HTTPTransport, policy: RetryPolicy, sourceURL: String, token: String?,
        deadline: ContinuousClock.Instant?
    ) {
        self.transport = transport
        self.policy = policy
        self.sourceURL = sourceURL
        self.token = token
        self.deadline = deadline
        sourceTimeLimit = .now + .seconds(policy.sourceTimeLimit)
    }

    /// Sends `request` until it gets an answer worth returning: 2xx, 304, or a
    /// status in `passing`. Counts requests and bytes into `report`.
    ///
    /// A 429 or 503 whose `Retry-After` is longer than the policy waits, or
    /// would end past the request's time limit, ends the sync at once with
    /// ``SyncError/serverAskedToWait(source:status:until:)``. A 304 to a
    /// request that sent no validators is ``SyncError/http(source:status:message:)``.
    func send(_ request: HTTPRequest, passing: Set<Int> = [], report: inout SyncReport) async throws(SyncError)
        -> HTTPResponse
    {
        var request = request
        let sentValidators = request.headers["If-None-Match"] != nil || request.headers["If-Modified-Since"] != nil
        if let token { request.headers["Authorization"] = "Bearer \(token)" }
        let limit = min(ContinuousClock.now + .seconds(policy.requestTimeLimit), sourceTimeLimit)
        var attempt = 0
        var failure = ""
        while true {
            attempt += 1
            if Task.isCancelled { throw .cancelled }
            if attempt > 1 && ContinuousClock.now >= limit { throw outOfTime(limit, lastCause: failure) }
            var retryAfter: (seconds: TimeInterval, status: Int)?
            let bounded = try bounded(request, by: limit)
            do {
                report.requests += 1
                let response = try await transport.send(bounded)
                report.bytesReceived += response.bytesReceived
                switch response.status {
                case 304 where !sentValidators:
                    throw SyncError.http(source: sourceURL, status: 304, message: Self.unaskedNotModified)
                case 200..<300, 304:
                    return response
                case let status where passing.contains(status):
                    return response
                case 401, 403:
                    throw SyncError.unauthorized(source: sourceURL, status: response.status, message: message(in: response))
                case 429, 500..<600:
                    let wait = RetryPolicy.retryAfterSeconds(response.header("Retry-After"))
                    if let wait, wait > policy.retryAfterCap {
                        throw SyncError.serverAskedToWait(
                            source: sourceURL, status: response.status, until: Date().addingTimeInterval(wait))
                    }
                    failure = "HTTP \(response.status)" + (message(in: response).map { ": \($0)" } ?? "")
                    retryAfter = wait.map { ($0, response.status) }
                default:
                    throw SyncError.http(source: sourceURL, status: response.status, message: message(in: response))
                }
            } catch let error as SyncError {
                throw error
            } catch let error as TransportError {
                if error == .cancelled { throw .cancelled }
                guard error.isTransient else { throw .transport(source: sourceURL, error) }
                // An attempt cut short by the time limit tells less than the failure before it.
                var cutShort = false
                if case .timedOut = error, bounded.totalTimeout < request.totalTimeout { cutShort = !failure.isEmpty }
                if !cutShort { failure = error.description }
            } catch {
                failure = String(describing: error)
            }
            guard attempt < policy.maxAttempts else {
                throw .retriesExhausted(source: sourceURL, lastCause: failure)
            }
            let delay = policy.delay(afterAttempt: attempt, retryAfter: retryAfter?.seconds)
            try ensureTime(toWait: delay, within: limit, serverAsked: retryAfter?.status, lastCause: failure)
            do {
                try await Task.sleep(for: .seconds(delay))
            } catch {
                throw .cancelled
            }
        }
    }

    /// What a 304 to a request without validators says.
    static let unaskedNotModified = "304 Not Modified to a request that sent no validators"

    /// Throws if a wait of `delay` seconds from now would end past `limit`
    /// (the request's or the source's time limit) or the deadline, so that
    /// no wait is begun that cannot be followed by a request.
    /// - parameter serverAsked: the status whose `Retry-After` asked for the wait, if one did.
    private func ensureTime(
        toWait delay: TimeInterval, within limit: ContinuousClock.Instant, serverAsked status: Int?, lastCause: String
    ) throws(SyncError) {
        let end = ContinuousClock.now + .seconds(delay)
        if let deadline, end >= deadline { throw .deadlineReached(source: sourceURL) }
        guard end >= limit else { return }
        if let status {
            throw .serverAskedToWait(source: sourceURL, status: status, until: Date().addingTimeInterval(delay))
        }
        throw outOfTime(limit, lastCause: lastCause)
    }

    /// The error of a request that has used up `limit`: the source's time
    /// limit, or the request's own, after `lastCause`.
    private func outOfTime(_ limit: ContinuousClock.Instant, lastCause: String) -> SyncError {
        limit >= sourceTimeLimit
            ? .timeLimitReached(source: sourceURL, seconds: policy.sourceTimeLimit)
            : .retriesExhausted(source: sourceURL, lastCause: lastCause)
    }

    /// `request` with at most the time left before `limit`, unless the
    /// deadline or the source's time limit has come.
    private func bounded(_ request: HTTPRequest, by limit: ContinuousClock.Instant) throws(SyncError) -> HTTPRequest {
        let now = ContinuousClock.now
        if let deadline, now >= deadline { throw .deadlineReached(source: sourceURL) }
        if now >= sourceTimeLimit { throw .timeLimitReached(source: sourceURL, seconds: policy.sourceTimeLimit) }
        var request = request
        request.totalTimeout = min(request.totalTimeout, max(0.001, (limit - now) / .seconds(1)))
        return request
    }
}
