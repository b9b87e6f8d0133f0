import CCurl

/// Process-wide libcurl set-up.
enum CurlLibrary {
    /// The result of `curl_global_init`, run once on first use.
    ///
    /// `curl_global_init` is not thread-safe, so it must run before any handle
    /// exists; a `static let` is initialised exactly once, atomically.
    static let initialization: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    /// libcurl's name and version, such as `libcurl/7.88.1`: the first word of
    /// `curl_version()`, which goes on to list the TLS and compression libraries.
    static let nameAndVersion: String = {
        _ = initialization
        return String(String(cString: curl_version()).prefix { $0 != " " })
    }()
}
