import CCurl
import ReaderHTTP

/// A `curl_slist` of request header lines, freed when released.
final class CurlHeaderList {
    /// The list libcurl reads; `nil` when there are no lines.
    private(set) var head: UnsafeMutablePointer<curl_slist>?

    /// Builds the list from `lines`, each a complete `Name: value` line.
    /// - throws: ``TransportError/network(_:)`` if libcurl runs out of memory.
    init(_ lines: [String]) throws(TransportError) {
        for line in lines {
            guard let extended = reader_curl_slist_append(head, line) else {
                throw .network("out of memory building request headers")
            }
            head = extended
        }
    }

    deinit { reader_curl_slist_free_all(head) }
}
