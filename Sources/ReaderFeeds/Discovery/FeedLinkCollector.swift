import Foundation

/// Collects a page head's feed `<link>`s and its first `<base href>` as
/// ``HTMLScanner`` reports them, stopping at the body.
struct FeedLinkCollector: HTMLScannerSink {
    /// A feed link as written: its `href` not yet resolved.
    struct Link {
        let href: String
        let title: String?
        let format: FeedFormat
    }

    /// The feed links, in document order.
    private(set) var links: [Link] = []
    /// The first `<base>`'s `href`.
    private(set) var baseHref: String?
    private(set) var isFinished = false

    /// The most links kept: a hostile page cannot grow the list without bound.
    static let maxLinks = 64

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    mutating func startTag(_ name: String, attributes: HTMLAttributes) {
        switch name {
        case "body":
            isFinished = true
        case "base" where baseHref == nil:
            baseHref = attributes.value(of: "href").map(Self.trimmed)
        case "link":
            guard let rel = attributes.value(of: "rel"),
                rel.split(whereSeparator: \.isWhitespace).contains(where: { $0.lowercased() == "alternate" }),
                let format = attributes.value(of: "type").flatMap(FeedLink.format(ofLinkType:)),
                let href = attributes.value(of: "href").map(Self.trimmed), !href.isEmpty
            else { return }
            let title = attributes.value(of: "title").map(Self.trimmed)
            links.append(Link(href: href, title: title?.isEmpty == false ? title : nil, format: format))
            isFinished = links.count >= Self.maxLinks
        default:
            break
        }
    }

    mutating func endTag(_ name: String) {
        if name == "head" { isFinished = true }
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
