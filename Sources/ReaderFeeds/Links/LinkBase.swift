/// The absolute URL that a feed's relative references resolve against
/// (RFC 3986 section 5): an `xml:base` in scope, else the document's own URL
/// after redirects.
///
/// For example, under the base `https://example.org/blog/2025/`,
/// `../about` is `https://example.org/blog/about`, `//cdn.example/x.png` is
/// `https://cdn.example/x.png` and `?page=2` is
/// `https://example.org/blog/2025/?page=2`. A reference with a scheme
/// (`https:`, `mailto:`, `javascript:`) is absolute and left as written.
///
/// Resolution follows RFC 3986 section 5.2 on the text itself: characters
/// are kept as written (nothing is percent-encoded or decoded), so it is
/// exact and cheap enough to run on every link of every item. A class, so
/// that the element stack and every element's context share one base
/// rather than copy it.
final class LinkBase: Sendable, Equatable {
    /// The base, absolute: `scheme://authority/path?query`.
    let url: String
    /// Where `scheme://authority` ends: the start of the path.
    private let pathStart: String.Index
    /// Where the path ends: the start of `?query`, `#fragment` or the end.
    private let pathEnd: String.Index
    /// Where the query ends: the start of `#fragment` or the end.
    private let queryEnd: String.Index

    /// The base `text` names, if it is an absolute hierarchical URL
    /// (`scheme://…`).
    init?(_ text: String?) {
        guard let text = text?.trimmingASCIIWhitespace(), let colon = Self.schemeEnd(in: text) else { return nil }
        let utf8 = text.utf8
        let afterColon = utf8.index(after: colon)
        guard utf8[afterColon...].starts(with: "//".utf8) else { return nil }
        let authorityStart = utf8.index(afterColon, offsetBy: 2)
        let pathStart = utf8[authorityStart...].firstIndex { $0 == UInt8(ascii: "/") || Self.endsPath($0) } ?? utf8.endIndex
        let queryEnd = utf8[pathStart...].firstIndex(of: UInt8(ascii: "#")) ?? utf8.endIndex
        self.url = text
        self.pathStart = pathStart
        self.pathEnd = utf8[pathStart..<queryEnd].firstIndex(of: UInt8(ascii: "?")) ?? queryEnd
        self.queryEnd = queryEnd
    }

    static func == (lhs: LinkBase, rhs: LinkBase) -> Bool { lhs.url == rhs.url }

    /// The base an `xml:base` attribute names, resolved against `parent` (the
    /// base in scope where it appears); `parent` itself when `reference`
    /// cannot be made absolute.
    static func nested(_ reference: String, in parent: LinkBase?) -> LinkBase? {
        LinkBase(resolve(reference, against: parent)) ?? parent
    }

    /// `reference` made absolute against `base`: an absolute reference, or
    /// one that no base is known for, comes back as written (trimmed).
    static func resolve(_ reference: String, against base: LinkBase?) -> String {
        let reference = reference.trimmingASCIIWhitespace()
        guard let base, !hasScheme(reference) else { return reference }
        return base.resolved(reference)
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

    private static func endsPath(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    /// A relative reference resolved against this base (RFC 3986 section 5.2.2).
    private func resolved(_ reference: String) -> String {
        let utf8 = reference.utf8
        let slash = UInt8(ascii: "/")
        if utf8.starts(with: "//".utf8) {
            // Network-path reference: the base's scheme, the reference's authority and path.
            let authorityEnd =
                utf8[utf8.index(utf8.startIndex, offsetBy: 2)...].firstIndex { $0 == slash || Self.endsPath($0) }
                ?? utf8.endIndex
            let (path, rest) = Self.splitPath(reference, from: authorityEnd)
            return url[..<url.utf8.index(after: Self.schemeEnd(in: url)!)] + reference[..<authorityEnd]
                + Self.removingDotSegments(path) + rest
        }
        guard let first = utf8.first else { return String(url[..<queryEnd]) }
        switch first {
        case UInt8(ascii: "?"): return url[..<pathEnd] + reference
        case UInt8(ascii: "#"): return url[..<queryEnd] + reference
        case slash:
            let (path, rest) = Self.splitPath(reference, from: reference.startIndex)
            return url[..<pathStart] + Self.removingDotSegments(path) + rest
        default:
            let (path, rest) = Self.splitPath(reference, from: reference.startIndex)
            let basePath = url[pathStart..<pathEnd]
            let directory = basePath.utf8.lastIndex(of: slash).map { basePath[...$0] } ?? "/"
            return url[..<pathStart] + Self.removingDotSegments(directory + path) + rest
        }
    }

    /// Whether a segment of `path` starts with `.`: the only paths that
    /// ``removingDotSegments(_:)`` needs to take apart.
    private static func mayHaveDotSegments(_ path: some StringProtocol) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    /// The path of `reference` from `start`, and what follows it (`?query#fragment`).
    private static func splitPath(_ reference: String, from start: String.Index) -> (Substring, Substring) {
        let end = reference.utf8[start...].firstIndex(where: endsPath) ?? reference.endIndex
        return (reference[start..<end], reference[end...])
    }

    /// `path` without its `.` and `..` segments (RFC 3986 section 5.2.4);
    /// `..` never climbs above the root.
    static func removingDotSegments(_ path: some StringProtocol) -> String {
        guard mayHaveDotSegments(path) else { return String(path) }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        var output: [Substring] = []
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 || (output.count == 1 && !output[0].isEmpty) { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(Substring(segment))
            }
        }
        if path.hasPrefix("/"), output.first != "" { output.insert("", at: 0) }
        return output.joined(separator: "/")
    }
}
