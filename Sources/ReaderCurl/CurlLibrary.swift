import CCurl

/// Process-wide libcurl set-up: loading the library, then `curl_global_init`.
enum CurlLibrary {
    /// Why libcurl cannot be used, or nil once it is loaded and initialised;
    /// worked out once, on first use.
    ///
    /// libcurl is loaded only when a transfer needs it (see `CCurl.h`), so a
    /// process that never syncs never pays for it. `curl_global_init` is not
    /// thread-safe, so it must run before any handle exists; a `static let`
    /// is initialised exactly once, atomically.
    static let unavailability: String? = {
        if let failure = reader_curl_load() { return String(cString: failure) }
        let code = reader_curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        return code == CURLE_OK ? nil : "libcurl could not be initialised: \(String(cString: reader_curl_easy_strerror(code)))"
    }()

    /// libcurl's name and version, such as `libcurl/7.88.1`: the first word of
    /// `curl_version()`, which goes on to list the TLS and compression
    /// libraries; just `libcurl` when it cannot be loaded.
    static let nameAndVersion: String = {
        guard unavailability == nil else { return "libcurl" }
        return String(String(cString: reader_curl_version()).prefix { $0 != " " })
    }()
}
