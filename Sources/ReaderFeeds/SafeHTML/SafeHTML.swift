/// Feed HTML made safe to show in a web view.
///
/// A feed's HTML is written by whoever controls the feed, so an app must not
/// show it as it came. ``sanitized(_:baseURL:)`` keeps the article's text and
/// its harmless markup (paragraphs, headings, lists, tables, quotes, code,
/// emphasis, links, images, audio and video) and drops everything that runs
/// code or reaches outside the article:
///
/// - elements off the allow-list lose their tags but keep their text;
///   `script`, `style`, `iframe`, `object`, `embed`, `form`, `svg`, `math`,
///   `template`, `noscript`, `textarea`, `select` and the like are dropped
///   with everything inside them; comments and doctypes are dropped;
/// - only listed attributes stay (never `on*` handlers, `style`, `class` or
///   `id`), each value re-escaped;
/// - `href`, `src`, `cite` and `poster` keep only `http`, `https` and
///   `mailto` URLs (and `data:image/...` for an image's `src`, except SVG),
///   read the way a browser reads them: character references decoded, tabs
///   and newlines removed, surrounding spaces and control characters
///   trimmed, scheme case ignored; relative URLs are resolved against the base;
/// - a link that opens a new window (`target="_blank"`) gets
///   `rel="noopener noreferrer"`; other targets are dropped;
/// - text is re-escaped, end tags with no open element are dropped, and
///   elements left open are closed at the end, so the result never leaks
///   markup into the page around it.
///
/// It reads the HTML once, front to back, keeping only the output and a
/// bounded stack of open elements (nesting deeper than 256 loses its tags,
/// not its text), and never fails.
///
/// For example:
///
/// ```swift
/// SafeHTML.sanitized(#"<p onclick="steal()">Hi <img src="/a.png" onerror="x()"></p>"#,
///                    baseURL: "https://example.org/posts/1")
/// // <p>Hi <img src="https://example.org/a.png"></p>
/// ```
///
/// Apps usually call ``Article``'s `safeContentHTML(baseURL:)`, which uses the
/// article's own URL as the base.
public enum SafeHTML {
    /// `html` with everything unsafe for a web view removed (see ``SafeHTML``).
    ///
    /// - parameter baseURL: the absolute `http(s)` URL relative links and
    ///   images are resolved against (usually the article's page); nil, or
    ///   anything else, leaves relative URLs relative.
    public static func sanitized(_ html: String, baseURL: String?) -> String {
        var writer = SafeHTMLWriter(base: SafeURL.base(from: baseURL))
        HTMLScanner.scan(html, into: &writer)
        return writer.finish()
    }
}
