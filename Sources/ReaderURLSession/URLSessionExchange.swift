import Foundation
import ReaderHTTP
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request on its way through a ``URLSessionTransport``: the response,
/// body and redirects its task's delegate events bring, the limits they
/// must keep to, and the continuation its caller waits on.
///
/// Delegate events arrive on the session's queue; ``abort(_:)`` comes from
/// the watchdog or the caller's cancellation. Each takes the lock, so the
/// first error decided wins and the task's completion reports it.
final class URLSessionExchange: Sendable {
    private struct State {
        /// The caller, once its task runs; resumed once.
        var continuation: CheckedContinuation<Result<HTTPResponse, TransportError>, Never>?
        /// The running task, to cancel.
        var task: URLSessionDataTask?
        /// The error the transport decided on (limit, redirects, deadline,
        /// cancellation), which wins over what the task ends with.
        var failure: TransportError?
        /// The final response's head.
        var response: HTTPURLResponse?
        /// The decoded body so far, in memory or in a file.
        var body: ResponseBodySink
        /// Redirects followed so far.
        var redirects = 0
        /// Wire bytes of the responses before the final one.
        var redirectBytes = 0
    }

    /// The request as the caller gave it.
    private let request: HTTPRequest
    private let state: Mutex<State>

    /// Creates the exchange for `request`.
    init(_ request: HTTPRequest) {
        self.request = request
        state = Mutex(State(body: ResponseBodySink(for: request)))
    }

    /// Starts `task` and waits for its outcome; a request aborted before it
    /// starts (its caller cancelled) ends at once without sending anything.
    func run(_ task: URLSessionDataTask) async -> Result<HTTPResponse, TransportError> {
        await withCheckedContinuation { continuation in
            let failure = state.withLock { state -> TransportError? in
                if let failure = state.failure { return failure }
                state.continuation = continuation
                state.task = task
                return nil
            }
            if let failure {
                task.cancel()  // never resumed: this only lets the session forget it
                continuation.resume(returning: .failure(failure))
            } else {
                task.resume()
            }
        }
    }

    /// Ends the exchange with `error` unless an error was decided already,
    /// cancelling its task.
    func abort(_ error: TransportError) {
        let task = state.withLock { state -> URLSessionDataTask? in
            guard state.failure == nil else { return nil }
            state.failure = error
            return state.task
        }
        task?.cancel()
    }

    /// Watches the running exchange until the calling task is cancelled:
    /// aborts it with ``TransportError/timedOut(_:)`` at the request's total
    /// timeout, or with ``TransportError/tooSlow(bytesPerSecond:seconds:)``
    /// when, at a whole second since the start, fewer than `limit` allows
    /// arrived in the last `limit.seconds` seconds.
    func watch(limit: LowSpeedLimit) async {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + .seconds(min(max(request.totalTimeout, 0.001), 2_000_000))
        var samples = [0]  // body bytes at each whole second since the start
        for second in 1... {
            do {
                try await Task.sleep(until: min(start + .seconds(second), deadline), clock: clock)
            } catch {
                return
            }
            guard clock.now < deadline else {
                abort(.timedOut("no complete answer within \(request.totalTimeout) s"))
                return
            }
            samples.append(state.withLock { $0.body.count })
            if samples.count > limit.seconds {
                samples.removeFirst(samples.count - limit.seconds - 1)
                if samples[limit.seconds] - samples[0] < limit.bytesPerSecond * limit.seconds {
                    abort(limit.error)
                    return
                }
            }
        }
    }

    // MARK: - Delegate events

    /// Takes the final response's head; `false` to cancel because its
    /// declared, uncompressed length is over the limit.
    func receive(_ response: HTTPURLResponse) -> Bool {
        let tooLarge = response.value(forHTTPHeaderField: "Content-Encoding") == nil
            && response.expectedContentLength > Int64(request.maxResponseBytes)
        return state.withLock { state in
            state.response = response
            guard tooLarge else { return true }
            if state.failure == nil { state.failure = .responseTooLarge(limit: request.maxResponseBytes) }
            return false
        }
    }

    /// Takes decoded body bytes; `false` to cancel because they take the
    /// body over the limit.
    func receive(_ data: Data) -> Bool {
        state.withLock { state in
            guard state.failure == nil else { return false }
            let refusal = data.withUnsafeBytes { bytes -> ResponseBodySink.Refusal? in
                do throws(ResponseBodySink.Refusal) {
                    try state.body.append(bytes)
                    return nil
                } catch {
                    return error
                }
            }
            switch refusal {
            case nil: return true
            case .tooLarge: state.failure = .responseTooLarge(limit: request.maxResponseBytes)
            case .fileFailure(let reason): state.failure = .network(reason)
            }
            return false
        }
    }

    /// The request to follow `response` with, or `nil` to stop (and cancel)
    /// when it is one redirect too many or leaves http and https.
    /// `Authorization` goes only to the origin first asked.
    func redirect(_ response: HTTPURLResponse, to next: URLRequest) -> URLRequest? {
        state.withLock { state in
            guard state.failure == nil else { return nil }
            state.redirects += 1
            state.redirectBytes += response.wireSize(bodyBytes: 0)
            guard state.redirects <= HTTPRequest.maxRedirects else {
                state.failure = .tooManyRedirects
                return nil
            }
            // The Location as the server wrote it, not `next.url`:
            // FoundationNetworking turns a `file:///etc/passwd` there into a
            // path on the same http host.
            let location = response.value(forHTTPHeaderField: "Location").flatMap { URL(string: $0, relativeTo: response.url)?.absoluteURL }
            guard let url = next.url, url.isHTTP, location?.isHTTP != false else {
                let target = location?.absoluteString ?? next.url?.absoluteString ?? "?"
                state.failure = .invalidURL("\(target) (a redirect from \(request.url) to a scheme other than http or https)")
                return nil
            }
            var next = next
            if url.origin != URL(string: request.url)?.origin {
                next.setValue(nil, forHTTPHeaderField: "Authorization")
            }
            return next
        }
    }

    /// Ends the exchange: the task completed with `error`, or without one.
    func complete(_ error: (any Error)?) {
        let ended = state.withLock { state -> State in
            let ended = state
            state.continuation = nil
            return ended
        }
        ended.continuation?.resume(returning: outcome(ended, error))
    }

    private func outcome(_ state: State, _ error: (any Error)?) -> Result<HTTPResponse, TransportError> {
        state.body.finish()
        if let failure = state.failure { return .failure(failure) }
        if let error { return .failure(TransportError(error, url: request.url)) }
        guard let response = state.response else { return .failure(.network("no response from \(request.url)")) }
        return .success(
            HTTPResponse(
                status: response.statusCode, headers: response.lowercasedFields, body: state.body.memory,
                bodyFile: state.body.file,
                url: response.url?.absoluteString ?? request.url,
                bytesReceived: state.redirectBytes + response.wireSize(bodyBytes: state.body.count)))
    }
}
