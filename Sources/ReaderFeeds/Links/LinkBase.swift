import Foundation

/// The absolute URL that a feed's relative references resolve against
/// (RFC 3986 section 5): an `xml:base` in scope, else the document's own URL
/// after redirects.
///
/// For example, under the base `https://example.org/blog/2025/`,
/// `../about` is `https://example.org/blog/about`, `//cdn.example/x.png` is
/// `https://cdn.example/x.png` and `?page=2` is
/// `https://example.org/blog/2025/?page=2`. A reference with a scheme
/// (`https:`, `mailto:`, `javascript:`) is absolute and left as written.
struct LinkBase: Sendable, Equatable {
    /// The base, absolute.
    let url: URL

    /// The base `text` names, if it is an absolute URL.
    init?(_ text: String?) {
        guard let text = text?.trimmingASCIIWhitespace(), Self.hasScheme(text), let url = URL(string: text)
        else { return nil }
        self.url = url
    }

    private init(url: URL) {
        self.url = url
    }

    /// The base an `xml:base` attribute names, resolved against `parent` (the
    /// base in scope where it appears); `parent` itself when `reference`
    /// cannot be made absolute.
    static func nested(_ reference: String, in parent: LinkBase?) -> LinkBase? {
        if let absolute = LinkBase(reference) { return absolute }
        guard let parent, let resolved = parent.absoluteURL(for: reference.trimmingASCIIWhitespace()) else {
            return parent
        }
        return LinkBase(url: resolved)
    }

    /// `reference` made absolute against `base`: an absolute reference, or
    /// one that no base is known for, comes back as written (trimmed).
    static func resolve(_ reference: String, against base: LinkBase?) -> String {
        let reference = reference.trimmingASCIIWhitespace()
        guard let base, !hasScheme(reference) else { return reference }
        return base.absoluteURL(for: reference)?.absoluteString ?? reference
    }

    /// True when `reference` starts with a scheme (`ALPHA *(ALPHA / DIGIT /
    /// "+" / "-" / ".") ":"`), so it is absolute.
    static func hasScheme(_ reference: String) -> Bool {
        schemeEnd(in: reference) != nil
    }

    /// The scheme `reference` starts with, lowercased; nil for a relative reference.
    static func scheme(of reference: String) -> String? {
        schemeEnd(in: reference).map { reference[..<$0].lowercased() }
    }

    /// Where the scheme `reference` starts with ends (at its `:`), if it has one.
    private static func schemeEnd(in reference: String) -> String.Index? {
        let utf8 = reference.utf8
        guard let first = utf8.first, isASCIILetter(first),
            let end = utf8.firstIndex(where: { !isSchemeByte($0) }), utf8[end] == UInt8(ascii: ":")
        else { return nil }
        return end
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// The reference resolved against this base; an empty reference is the
    /// base without its fragment, as RFC 3986 says.
    private func absoluteURL(for reference: String) -> URL? {
        guard !reference.isEmpty else {
            var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
            components?.fragment = nil
            return components?.url
        }
        return URL(string: reference, relativeTo: url)?.absoluteURL
    }
}
