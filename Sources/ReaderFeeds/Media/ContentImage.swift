/// Decides whether an `<img>` of an item's HTML can stand for the item.
///
/// Left out: images that say they are tiny (a `width` or `height` under
/// ``minimumSide`` pixels: tracking pixels, spacers, emoji), `data:` and
/// other non-http URLs, and the addresses of well-known tracking pixels.
enum ContentImage {
    /// The smallest width or height, in pixels, of an image that counts.
    static let minimumSide = 10

    /// The image's absolute URL, if it counts.
    static func url(of attributes: HTMLAttributes, base: LinkBase?) -> String? {
        guard let source = attributes.value(of: "src"), !isTiny(attributes) else { return nil }
        let url = LinkBase.resolve(source, against: base)
        guard isWebURL(url), !isTrackingPixel(url) else { return nil }
        return url
    }

    /// True for an http(s) URL: the only kind an article's image or link may be.
    static func isWebURL(_ url: String) -> Bool {
        // Compared as bytes: this runs on every item's link.
        var bytes = url.utf8.makeIterator()
        for expected in "http".utf8 where bytes.next().map(asciiLowercased) != expected { return false }
        var next = bytes.next()
        if next.map(asciiLowercased) == UInt8(ascii: "s") { next = bytes.next() }
        return next == UInt8(ascii: ":")
    }

    private static func isTiny(_ attributes: HTMLAttributes) -> Bool {
        ["width", "height"].contains { name in
            attributes.valueRange(of: name).flatMap { leadingPixels(attributes.raw[$0]) }.map { $0 < minimumSide } ?? false
        }
    }

    /// The number `100` in `100`, `100px` or `100.5`; nil when it does not start with digits.
    private static func leadingPixels(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value: Int?
        for byte in bytes.drop(while: isHTMLSpace) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            value = min((value ?? 0) * 10 + Int(byte - UInt8(ascii: "0")), 1 << 20)
        }
        return value
    }

    /// Substrings of the URLs of common tracking pixels and spacers, lowercase.
    private static let trackingPatterns = [
        "feeds.feedburner.com/~r/", "feeds.feedburner.com/~ff/", "stats.wordpress.com/", "pixel.wp.com/",
        "/pixel.gif", "/pixel.png", "spacer.gif", "blank.gif", "/1x1.", "doubleclick.net/",
    ].map { Array($0.utf8) }

    /// Whether `url` (ASCII case ignored) contains one of ``trackingPatterns``;
    /// compared as bytes, which is many times faster than `String.contains`.
    private static func isTrackingPixel(_ url: String) -> Bool {
        let bytes = url.utf8.map(asciiLowercased)
        return trackingPatterns.contains { pattern in
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { start in
                bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
            }
        }
    }
}
