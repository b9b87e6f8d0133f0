import Foundation
import ReaderHTTP

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLRequest {
    /// The `URLSession` request for `request`: its method, header fields and
    /// body, ignoring any local cache.
    ///
    /// Its `timeoutInterval` is a second past the request's total timeout, so
    /// that the transport's own, exact deadline fires first (FoundationNetworking
    /// rounds this interval down to whole seconds).
    /// - throws: ``TransportError/invalidURL(_:)`` unless the URL is http or
    ///   https with a host; ``TransportError/network(_:)`` for a header that
    ///   could smuggle in another.
    init(_ request: HTTPRequest) throws(TransportError) {
        guard let url = URL(string: request.url), url.isHTTP, url.host?.isEmpty == false else {
            throw .invalidURL("\(request.url) (not an http or https URL with a host)")
        }
        let headers = try request.validatedHeaders()
        let timeout = request.totalTimeout.isFinite ? max(1, request.totalTimeout.rounded(.up) + 1) : 2_000_000
        self.init(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        httpMethod = request.method.rawValue
        for (name, value) in headers { setValue(value, forHTTPHeaderField: name) }
        if request.method == .post { httpBody = request.body ?? Data() }
    }
}

extension URL {
    /// Whether the scheme is http or https.
    var isHTTP: Bool {
        let scheme = scheme?.lowercased()
        return scheme == "http" || scheme == "https"
    }

    /// The scheme, host and port, which must match for `Authorization` to
    /// follow a redirect.
    var origin: String {
        "\(scheme?.lowercased() ?? "")://\(host?.lowercased() ?? ""):\(port ?? (scheme?.lowercased() == "https" ? 443 : 80))"
    }
}
