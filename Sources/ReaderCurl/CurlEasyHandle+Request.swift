import CCurl
import Foundation
import ReaderHTTP

extension CurlEasyHandle {
    /// The most redirects a request follows.
    static let maxRedirects = HTTPRequest.maxRedirects

    /// Sets every option `request` needs, with responses going to `collector`.
    ///
    /// Only http and https are allowed, for the first URL and for every
    /// redirect; TLS verification keeps libcurl's default, which is on.
    ///
    /// An https request waits for a connection that is still being set up to
    /// the same host rather than opening another, in case it can be
    /// multiplexed (`CURLOPT_PIPEWAIT`); see ``waitsForMultiplexing(_:)``.
    /// - throws: ``TransportError/network(_:)`` if a request header is not a
    ///   valid field (the message never quotes its value) or libcurl refuses an option.
    func configure(for request: HTTPRequest, userAgent: String, collector: CurlResponseCollector) throws(TransportError) {
        try set(CURLOPT_URL, to: request.url)
        try set(CURLOPT_PROTOCOLS_STR, to: "http,https")
        try set(CURLOPT_REDIR_PROTOCOLS_STR, to: "http,https")
        try set(CURLOPT_FOLLOWLOCATION, to: 1)
        try set(CURLOPT_MAXREDIRS, to: Self.maxRedirects)
        try set(CURLOPT_ACCEPT_ENCODING, to: "")
        try set(CURLOPT_USERAGENT, to: userAgent)
        try set(CURLOPT_NOSIGNAL, to: 1)
        try set(CURLOPT_CONNECTTIMEOUT_MS, to: Self.milliseconds(request.connectTimeout))
        try set(CURLOPT_TIMEOUT_MS, to: Self.milliseconds(request.totalTimeout))
        try set(CURLOPT_PIPEWAIT, to: Self.waitsForMultiplexing(request.url) ? 1 : 0)

        var lines = try Self.headerLines(request)
        switch request.method {
        case .get:
            try set(CURLOPT_HTTPGET, to: 1)
        case .post:
            try setPostBody(request.body ?? Data())
            lines.append("Expect:")  // no `100-continue` round trip before the body
        }
        try setHeaders(CurlHeaderList(lines))

        let userdata = Unmanaged.passUnretained(collector).toOpaque()
        try set(CURLOPT_HEADERFUNCTION, to: CurlResponseCollector.headerCallback)
        try set(CURLOPT_HEADERDATA, to: userdata)
        try set(CURLOPT_WRITEFUNCTION, to: CurlResponseCollector.bodyCallback)
        try set(CURLOPT_WRITEDATA, to: userdata)
    }

    /// Whether a request to `url` should wait to learn if an earlier
    /// connection to its host multiplexes: only for https.
    ///
    /// HTTP/2 is negotiated only over TLS here, so a plain-http connection
    /// never multiplexes; yet with `CURLOPT_PIPEWAIT` libcurl cannot tell
    /// until the first response on it arrives, and would hold every other
    /// request to that host behind a slow first answer.
    static func waitsForMultiplexing(_ url: String) -> Bool {
        url.prefix(6).lowercased() == "https:"
    }

    /// `seconds` in libcurl's milliseconds, at least 1 because 0 would mean no limit.
    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds > 0.001 else { return 1 }  // also catches NaN
        return Int((min(seconds, 2_000_000) * 1000).rounded(.up))
    }

    /// `headers` as libcurl header lines, sorted by name, once each is known
    /// to be safe (``HTTPRequest/validatedHeaders()``). An empty value is
    /// written `Name;`, libcurl's spelling for "send this field empty".
    private static func headerLines(_ request: HTTPRequest) throws(TransportError) -> [String] {
        try request.validatedHeaders().map { $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }
    }
}
