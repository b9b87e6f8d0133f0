import Foundation

/// Checks and resolves the URLs ``SafeHTML`` keeps, reading them the way a
/// browser does so that no obfuscated `javascript:` gets through.
enum SafeURL {
    /// The schemes a kept URL may have.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// `text` as a base URL, if it is an absolute `http(s)` URL.
    static func base(from text: String?) -> LinkBase? {
        guard let base = LinkBase(text), let scheme = LinkBase.scheme(of: base.url), scheme == "http" || scheme == "https"
        else { return nil }
        return base
    }

    /// The URL to write for an attribute value (character references already
    /// decoded), or nil when it must be dropped.
    ///
    /// Tabs and newlines are removed and spaces and control characters
    /// trimmed from the ends, as browsers do. A URL with a scheme keeps it
    /// only if the scheme is allowed (or, when `allowsImageData`, a
    /// `data:image/` URL other than SVG); one without is resolved against
    /// `base` and must then be `http(s)`, or stays relative when there is no base.
    static func resolved(_ value: String, against base: LinkBase?, allowsImageData: Bool) -> String? {
        var scalars = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        let cleaned = String(String.UnicodeScalarView(scalars))
        guard !cleaned.isEmpty else { return nil }
        switch scheme(of: cleaned) {
        case .invalid:
            return nil
        case .named(let scheme):
            if allowedSchemes.contains(scheme) { return cleaned }
            let lowercased = cleaned.lowercased()
            guard allowsImageData, scheme == "data", lowercased.hasPrefix("data:image/"),
                !lowercased.hasPrefix("data:image/svg")
            else { return nil }
            return cleaned
        case .none:
            break
        }
        guard let base else { return cleaned }
        let resolved = LinkBase.resolve(cleaned, against: base)
        guard let scheme = LinkBase.scheme(of: resolved), scheme == "http" || scheme == "https" else { return nil }
        return resolved
    }

    /// What comes before a URL's first `:`.
    private enum Scheme {
        /// No `:` before the path, query or fragment: a relative URL.
        case none
        /// A `:` after something that is not a scheme, or a character
        /// reference left undecoded where a scheme would be
        /// (`javascript&colon;`, which HTML5 browsers decode).
        case invalid
        /// A scheme, lowercased.
        case named(String)
    }

    private static func scheme(of url: String) -> Scheme {
        var isValid = true
        var length = 0
        for scalar in url.unicodeScalars {
            switch scalar {
            case ":":
                guard isValid, let first = url.unicodeScalars.first, isASCIILetter(first) else { return .invalid }
                return .named(String(String.UnicodeScalarView(url.unicodeScalars.prefix(length))).lowercased())
            case "/", "?", "#":
                return .none
            case "&":
                return .invalid
            case "a"..."z", "A"..."Z", "0"..."9", "+", "-", ".":
                length += 1
            default:
                isValid = false
                length += 1
            }
        }
        return .none
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
