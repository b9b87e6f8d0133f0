/// Makes the relative URLs of an item's HTML absolute and finds its first
/// sizable image, in one forward pass of ``HTMLScanner``.
///
/// The attributes rewritten are `href` (`a`, `area`, `link`), `src` (`img`,
/// `source`, `video`, `audio`, `iframe`, `embed`, `track`, `input`) and
/// `poster` (`video`); `srcset` is left as written. An absolute URL of any
/// scheme (`mailto:`, `javascript:`) is kept as it is: making HTML safe is
/// the sanitiser's job.
///
/// Most feeds write absolute URLs and most bodies have no image, so a quick
/// pass over the bytes (``HTMLLinkCandidates``) comes first: when nothing is
/// relative the HTML comes back as it was, without a copy, and the image
/// search starts at the first `<img`.
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
            let candidates = HTMLLinkCandidates(bytes, lookingForRelativeURLs: base != nil, findingImage: findingImage)
            let rewriting = candidates.hasRelativeURL
            guard let start = rewriting ? 0 : candidates.firstImageTag else { return Result(html: html) }
            var sink = LinkRewritingSink(
                document: bytes, base: base, rewriting: rewriting, findingImage: findingImage)
            HTMLScanner.scan(UnsafeBufferPointer(rebasing: bytes[start...]), into: &sink)
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
    /// Whether relative URLs are to be rewritten (else only the image is looked for).
    let rewriting: Bool
    let findingImage: Bool
    private(set) var edits: [HTMLLinkResolver.Edit] = []
    private(set) var firstImageURL: String?

    init(document: UnsafeBufferPointer<UInt8>, base: LinkBase?, rewriting: Bool, findingImage: Bool) {
        self.document = document
        self.base = base
        self.rewriting = rewriting
        self.findingImage = findingImage
    }

    /// With nothing to rewrite, the scan ends at the image.
    var isFinished: Bool { !rewriting && firstImageURL != nil }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}

    mutating func endTag(_ name: String) {}

    mutating func startTag(_ name: String, attributes: HTMLAttributes) {
        guard let attribute = Self.urlAttribute(of: name) else { return }
        if rewriting {
            rewrite(attribute, of: attributes)
            if name == "video" { rewrite("poster", of: attributes) }
        }
        if name == "img", findingImage, firstImageURL == nil {
            firstImageURL = ContentImage.url(of: attributes, base: base)
        }
    }

    /// The URL attribute of element `name` that this resolves, if it has one.
    private static func urlAttribute(of name: String) -> String? {
        switch name {
        case "a", "area", "link": "href"
        case "img", "source", "video", "audio", "iframe", "embed", "track", "input": "src"
        default: nil
        }
    }

    private mutating func rewrite(_ attribute: String, of attributes: HTMLAttributes) {
        guard let range = attributes.valueRange(of: attribute), let start = attributes.raw.baseAddress,
            let documentStart = document.baseAddress
        else { return }
        let value = attributes.value(of: attribute) ?? ""
        guard !value.isEmpty, !LinkBase.hasScheme(value.trimmingASCIIWhitespace()) else { return }
        let resolved = LinkBase.resolve(value, against: base)
        guard resolved != value else { return }
        let offset = start - documentStart
        let before = range.lowerBound > 0 ? attributes.raw[range.lowerBound - 1] : 0
        let isQuoted = before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")
        edits.append(
            HTMLLinkResolver.Edit(
                range: (offset + range.lowerBound)..<(offset + range.upperBound),
                replacement: HTMLText.escaped(resolved), needsQuotes: !isQuoted))
    }
}
