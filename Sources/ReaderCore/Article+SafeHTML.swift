extension Article {
    /// The article's body made safe to show in a web view (`SafeHTML`):
    /// no scripts, styles, embedded documents, event handlers or
    /// `javascript:` URLs, and relative links and images resolved.
    ///
    /// For example, in an app's article view:
    ///
    /// ```swift
    /// if let html = article.safeContentHTML() {
    ///     webView.loadHTMLString(html, baseURL: nil)
    /// }
    /// ```
    /// - parameter baseURL: what relative URLs are resolved against; nil for
    ///   the article's own `url`.
    /// - returns: nil when the article has no body.
    public func safeContentHTML(baseURL: String? = nil) -> String? {
        contentHTML.map { SafeHTML.sanitized($0, baseURL: baseURL ?? url) }
    }
}
