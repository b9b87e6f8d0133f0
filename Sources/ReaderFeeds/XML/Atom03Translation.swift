import Foundation

/// Reads Atom 0.3 (`<feed version="0.3" xmlns="http://purl.org/atom/ns#">`)
/// as the Atom 1.0 it became, so that ``AtomParser`` reads both.
///
/// Element names move to the Atom 1.0 namespace, renamed where 1.0 renamed
/// them: `issued` is `published`, `modified` is `updated`, `tagline` is
/// `subtitle`, `copyright` is `rights`; `created` counts as `published` in
/// an entry without `issued`. Links (`rel="alternate" type="text/html"`)
/// and authors need nothing.
///
/// Text constructs (`title`, `tagline`, `copyright`, `summary`, `content`)
/// say how they are written with a media `type` (default `text/plain`) and
/// a `mode`: `xml` (the default, inline markup), `escaped` (escaped HTML)
/// or `base64`. They get the Atom 1.0 `type` that reads them the same way:
/// `text` for plain text, `xhtml` for inline markup, `html` for escaped or
/// base64 markup; other media types stay as they are, which Atom 1.0 does
/// not read either. Base64 content is decoded by ``decodedBase64(_:)``.
struct Atom03Translation {
    /// Whether the open entry had an `issued` date yet.
    private var entryHasIssued = false

    /// Rewrites the start of an Atom 0.3 element (outside captured content)
    /// as Atom 1.0, and returns whether its content is base64.
    mutating func translate(_ name: inout XMLName, attributes: inout [String: String]) -> Bool {
        guard name.namespace == XMLNamespace.atom03 else { return false }
        name.namespace = XMLNamespace.atom
        switch name.local {
        case "entry": entryHasIssued = false
        case "issued":
            name.local = "published"
            entryHasIssued = true
        case "created" where !entryHasIssued: name.local = "published"
        case "modified": name.local = "updated"
        case "tagline": name.local = "subtitle"
        case "copyright": name.local = "rights"
        default: break
        }
        guard Self.textConstructs.contains(name.local) else { return false }
        let mode = attributes["mode"]?.lowercased() ?? "xml"
        let type = attributes["type"]?.lowercased() ?? "text/plain"
        let isMarkup = type == "text/html" || type == "application/xhtml+xml"
        if type == "text/plain" || type == "text" {
            attributes["type"] = "text"
        } else if isMarkup {
            attributes["type"] = mode == "xml" ? "xhtml" : "html"
        }
        return mode == "base64"
    }

    /// The text that base64 `text` encodes, read as UTF-8; the text as it is
    /// if it is not base64.
    static func decodedBase64(_ text: String) -> String {
        let compact = text.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: compact) else { return text }
        return String(decoding: data, as: UTF8.self)
    }

    /// The Atom 1.0 names of the text constructs 0.3 writes with a `mode`.
    private static let textConstructs: Set<String> = ["title", "subtitle", "rights", "summary", "content"]
}
