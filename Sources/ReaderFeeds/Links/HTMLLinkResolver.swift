/// Makes the relative URLs of an item's HTML absolute and finds its first
/// sizable image, in one forward pass of ``HTMLScanner``.
///
/// The attributes rewritten are `href` (`a`, `area`, `link`), `src` (`img`,
/// `source`, `video`, `audio`, `iframe`, `embed`, `track`, `input`) and
/// `poster` (`video`); `srcset` is left as written. An absolute URL of any
/// scheme (`mailto:`, `javascript:`) is kept as it is: making HTML safe is
/// the sanitiser's job. When nothing is relative the HTML comes back as it
/// was, without a copy.
enum HTMLLinkResolver {
    /// HTML with its URLs resolved, and the image it shows first.
    struct Result: Equatable {
        /// The HTML, its relative URLs made absolute.
        var html: String
        /// The first `<img>` that is not a tracking pixel, as an absolute
        /// http(s) URL; nil when not asked for or not found.
        var firstImageURL: String?
    }

    /// `html` with its relative URLs resolved against `base` and, if
    /// `findingImage`, its first sizable image (see ``ContentImage``).
    static func resolve(_ html: String, against base: LinkBase?, findingImage: Bool) -> Result {
        guard base != nil || findingImage else { return Result(html: html) }
        var source = html
        return source.withUTF8 { bytes in
            var sink = LinkRewritingSink(document: bytes, base: base, findingImage: findingImage)
            HTMLScanner.scan(bytes, into: &sink)
            let rewritten = sink.edits.isEmpty ? html : applying(sink.edits, to: bytes)
            return Result(html: rewritten, firstImageURL: sink.firstImageURL)
        }
    }

    /// One attribute value to replace: `range` of the document's bytes
    /// becomes `replacement`, quoted if the value was not.
    fileprivate struct Edit {
        var range: Range<Int>
        var replacement: String
        var needsQuotes: Bool
    }

    private static func applying(_ edits: [Edit], to bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.replacement.utf8.count + 2 })
        var copied = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            output.append(contentsOf: bytes[copied..<edit.range.lowerBound])
            if edit.needsQuotes { output.append(UInt8(ascii: "\"")) }
            output.append(contentsOf: edit.replacement.utf8)
            if edit.needsQuotes { output.append(UInt8(ascii: "\"")) }
            copied = edit.range.upperBound
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }
}

/// The ``HTMLScanner`` sink of ``HTMLLinkResolver``: notes each URL attribute
/// to rewrite, by its place in the document, and the first sizable image.
private struct LinkRewritingSink: HTMLScannerSink {
    let document: UnsafeBufferPointer<UInt8>
    let base: LinkBase?
    let findingImage: Bool
    private(set) var edits: [HTMLLinkResolver.Edit] = []
    private(set) var firstImageURL: String?

    init(document: UnsafeBufferPointer<UInt8>, base: LinkBase?, findingImage: Bool) {
        self.document = document
        self.base = base
        self.findingImage = findingImage
    }

    /// With no base there is nothing to rewrite: the scan ends at the image.
    var isFinished: Bool { base == nil && firstImageURL != nil }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    mutating func endTag(_ name: String) {}

    mutating func startTag(_ name: String, attributes: HTMLAttributes) {
        guard let attribute = Self.urlAttributes[name] else { return }
        if base != nil {
            rewrite(attribute, of: attributes)
            if name == "video" { rewrite("poster", of: attributes) }
        }
        if name == "img", findingImage, firstImageURL == nil {
            firstImageURL = ContentImage.url(of: attributes, base: base)
        }
    }

    /// The URL attribute each element has that this resolves.
    private static let urlAttributes: [String: String] = [
        "a": "href", "area": "href", "link": "href", "img": "src", "source": "src", "video": "src",
        "audio": "src", "iframe": "src", "embed": "src", "track": "src", "input": "src",
    ]

    private mutating func rewrite(_ attribute: String, of attributes: HTMLAttributes) {
        guard let range = attributes.valueRange(of: attribute), let start = attributes.raw.baseAddress,
            let documentStart = document.baseAddress
        else { return }
        let value = attributes.value(of: attribute) ?? ""
        guard !value.isEmpty, !LinkBase.hasScheme(value.trimmingASCIIWhitespace()) else { return }
        let resolved = LinkBase.resolve(value, against: base)
        guard resolved != value else { return }
        let offset = start - documentStart
        let isQuoted = range.lowerBound > 0 && [UInt8(ascii: "\""), UInt8(ascii: "'")].contains(attributes.raw[range.lowerBound - 1])
        edits.append(
            HTMLLinkResolver.Edit(
                range: (offset + range.lowerBound)..<(offset + range.upperBound),
                replacement: HTMLText.escaped(resolved), needsQuotes: !isQuoted))
    }
}
