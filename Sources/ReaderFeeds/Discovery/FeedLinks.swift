public import Foundation

/// Finds the feeds a web page declares, for feed discovery.
///
/// For example:
///
/// ```swift
/// let page = #"<head><link rel="alternate" type="application/atom+xml" href="/atom.xml" title="Blog"></head>"#
/// FeedLinks.declared(inPage: page, pageURL: "https://example.org/blog/")
/// // [FeedLink(url: "https://example.org/atom.xml", title: "Blog", format: .atom)]
/// ```
///
/// ## Topics
/// - ``declared(inPage:pageURL:)``
/// - ``isHTMLPage(_:)``
public enum FeedLinks {
    /// The feeds `html` declares in its head, in document order, each URL once.
    ///
    /// A declaration is a `<link>` whose `rel` holds the token `alternate`
    /// (any case, among others) and whose `type` is RSS, Atom or JSON Feed
    /// (``FeedLink/format(ofLinkType:)``). Relative `href`s are resolved
    /// against the page's first `<base href>`, itself resolved against
    /// `pageURL` (the page's URL after redirects). Reading stops at `</head>`
    /// or `<body>`; links whose `href` is not an `http(s)` URL are left out.
    public static func declared(inPage html: String, pageURL: String) -> [FeedLink] {
        var collector = FeedLinkCollector()
        HTMLScanner.scan(html, into: &collector)
        let page = LinkBase(pageURL)
        let base = collector.baseHref.map { LinkBase.nested($0, in: page) } ?? page
        var seen: Set<String> = []
        return collector.links.compactMap { link in
            let url = LinkBase.resolve(link.href, against: base)
            guard let scheme = LinkBase.scheme(of: url), scheme == "http" || scheme == "https",
                seen.insert(url).inserted
            else { return nil }
            return FeedLink(url: url, title: link.title, format: link.format)
        }
    }

    /// True if `document` is an HTML page rather than a feed: after a UTF-8
    /// byte order mark, white space, XML declarations and comments, it
    /// starts with an HTML doctype or an `<html>` element, as a feed
    /// parser's sniffing sees it.
    public static func isHTMLPage(_ document: Data) -> Bool {
        var bytes = document[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.withUnsafeBytes { FeedSniffer.isHTML($0) }
    }
}
