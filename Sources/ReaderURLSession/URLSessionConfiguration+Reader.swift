import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionConfiguration {
    /// An ephemeral configuration that stores nothing: no `URLCache`, no
    /// cookies, no credentials; caching headers pass through to the server
    /// as the sync engine wrote them.
    ///
    /// Its request timeout is left long: ``URLSessionExchange/watch(limit:)``
    /// enforces the request's own limits.
    static func reader(userAgent: String, maxConnectionsPerHost: Int) -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        configuration.httpAdditionalHeaders = ["User-Agent": userAgent]
        configuration.httpMaximumConnectionsPerHost = max(1, maxConnectionsPerHost)
        return configuration
    }
}
