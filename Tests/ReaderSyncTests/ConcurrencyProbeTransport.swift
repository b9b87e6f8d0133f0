import Foundation
import ReaderCore
import Synchronization

/// A transport that answers every URL with a small RSS feed after a delay,
/// and records how many requests were in flight at once, overall and per
/// host, and the order requests started in.
final class ConcurrencyProbeTransport: HTTPTransport {
    private struct State {
        var inFlight: [String: Int] = [:]
        var mostInFlight = 0
        var mostPerHost = 0
        var started: [String] = []
    }

    private let delay: Duration
    private let answer: @Sendable (HTTPRequest) -> HTTPResponse
    private let state = Mutex(State())

    /// Answers after `delay` with `answer`, by default a one-item feed named after the URL.
    init(delay: Duration, answer: @escaping @Sendable (HTTPRequest) -> HTTPResponse = ConcurrencyProbeTransport.feed) {
        self.delay = delay
        self.answer = answer
    }

    /// The most requests in flight at once.
    var mostInFlight: Int { state.withLock { $0.mostInFlight } }
    /// The most requests to one host in flight at once.
    var mostPerHost: Int { state.withLock { $0.mostPerHost } }
    /// Every requested URL, in the order the requests started.
    var started: [String] { state.withLock { $0.started } }

    func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse {
        let host = URLComponents(string: request.url)?.host ?? ""
        state.withLock { state in
            state.started.append(request.url)
            state.inFlight[host, default: 0] += 1
            state.mostPerHost = max(state.mostPerHost, state.inFlight[host]!)
            state.mostInFlight = max(state.mostInFlight, state.inFlight.values.reduce(0, +))
        }
        defer { state.withLock { $0.inFlight[host, default: 1] -= 1 } }
        do {
            try await Task.sleep(for: delay)
        } catch {
            throw .cancelled
        }
        return answer(request)
    }

    /// A 200 with a one-item RSS feed whose guid is the URL.
    @Sendable static func feed(_ request: HTTPRequest) -> HTTPResponse {
        feed(request, headers: [:])
    }

    /// A 200 with a one-item RSS feed whose guid is the URL, and `headers`.
    static func feed(_ request: HTTPRequest, headers: [String: String]) -> HTTPResponse {
        let body = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>https://home.example/</link>
            <item><guid>\(request.url)</guid><title>Kunming patent news</title>
            <pubDate>Mon, 20 Apr 2020 08:00:00 GMT</pubDate><description>Yunnan.</description></item>
            </channel></rss>
            """
        return HTTPResponse(
            status: 200, headers: headers.merging(["content-type": "application/rss+xml"]) { old, _ in old },
            body: Data(body.utf8), url: request.url)
    }
}
