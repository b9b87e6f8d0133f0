import CCurl
import ReaderHTTP

extension TransportError {
    /// The error for a transfer that libcurl ended with `code`.
    ///
    /// - parameter detail: libcurl's message for this failure; it names hosts
    ///   and ports, never request header fields.
    /// - parameter url: the URL that was asked for.
    init(curlCode code: CURLcode, detail: String, url: String) {
        switch code {
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            self = .invalidURL("\(url) (\(detail))")
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            self = .hostNotFound(detail)
        case CURLE_COULDNT_CONNECT:
            self = .connectionRefused(detail)
        case CURLE_OPERATION_TIMEDOUT:
            self = .timedOut(detail)
        case CURLE_TOO_MANY_REDIRECTS:
            self = .tooManyRedirects
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT,
            CURLE_SSL_SHUTDOWN_FAILED, CURLE_USE_SSL_FAILED, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED:
            self = .tls(detail)
        default:
            self = .network(detail)
        }
    }
}
