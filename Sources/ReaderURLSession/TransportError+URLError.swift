import Foundation
import ReaderHTTP

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension TransportError {
    /// The error for a task that `URLSession` ended with `error`, in the
    /// cases `CurlTransport` uses for the same failures.
    ///
    /// The detail names the host and port and what went wrong, never a
    /// request header field.
    /// - parameter url: the URL that was asked for.
    init(_ error: any Error, url: String) {
        guard let error = error as? URLError else {
            self = .network("\(url): \(error)")
            return
        }
        let target = Self.hostAndPort(error.failingURL ?? URL(string: url))
        switch error.code {
        case .badURL, .unsupportedURL:
            self = .invalidURL("\(url) (not an http or https URL)")
        case .cannotFindHost, .dnsLookupFailed:
            self = .hostNotFound("could not resolve \(target)")
        case .cannotConnectToHost:
            self = .connectionRefused("could not connect to \(target)")
        case .timedOut:
            self = .timedOut("\(target) did not answer in time")
        case .httpTooManyRedirects, .redirectToNonExistentLocation:
            self = .tooManyRedirects
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid:
            self = .tls("the server certificate of \(target) is not trusted (URLError \(error.code.rawValue))")
        case .secureConnectionFailed, .clientCertificateRejected, .clientCertificateRequired,
            .appTransportSecurityRequiresSecureConnection:
            self = .tls("the TLS connection to \(target) failed (URLError \(error.code.rawValue))")
        case .cancelled:
            self = .cancelled
        case .networkConnectionLost:
            self = .network("the connection to \(target) broke before the answer was complete")
        default:
            let message = error.localizedDescription
            self = Self.isTLSMessage(message) ? .tls("\(target): \(message)") : .network("\(target): \(message)")
        }
    }

    /// Whether `message`, the text of an error `URLSession` gave no specific
    /// code, is about TLS: FoundationNetworking reports most libcurl failures
    /// as `URLError.unknown` with libcurl's own message ("SSL certificate
    /// problem: self-signed certificate", "OpenSSL SSL_connect: ..."), which
    /// is the only way left to tell them apart.
    private static func isTLSMessage(_ message: String) -> Bool {
        ["SSL", "TLS", "certificate"].contains { message.localizedCaseInsensitiveContains($0) }
    }

    /// `host:port` of `url`, with the scheme's default port.
    private static func hostAndPort(_ url: URL?) -> String {
        guard let url, let host = url.host else { return url?.absoluteString ?? "the server" }
        return "\(host):\(url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80))"
    }
}
