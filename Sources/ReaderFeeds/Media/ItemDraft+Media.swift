import ReaderModels

/// Media RSS, iTunes and enclosure elements of an XML item.
extension ItemDraft {
    /// Reads `element` if it is a Media RSS `media:thumbnail` or
    /// `media:content`, or an `itunes:image` (at any depth in the item, so
    /// inside `media:group` too), its URLs resolved against `base`.
    /// - returns: whether it was one of them.
    ///
    /// Callers ask ``mayBeMedia(_:)`` first, so that the other elements of
    /// an item cost no mutating access to the draft.
    mutating func readMedia(_ element: XMLName, attributes: [String: String], base: LinkBase?) -> Bool {
        switch (element.namespace, element.local) {
        case (XMLNamespace.media, "thumbnail"):
            image.offer(attributes["url"].map { LinkBase.resolve($0, against: base) }, from: .mediaThumbnail)
        case (XMLNamespace.media, "content"):
            guard let url = attributes["url"].map({ LinkBase.resolve($0, against: base) }) else { return true }
            if Self.isImage(url: url, type: attributes["type"], medium: attributes["medium"]) {
                image.offer(url, from: .mediaContent)
            } else {
                addEnclosure(
                    url: url, type: attributes["type"], length: attributes["fileSize"],
                    duration: attributes["duration"].flatMap(PodcastDuration.seconds(from:)), base: nil)
            }
        case (XMLNamespace.itunes, "image"):
            image.offer(attributes["href"].map { LinkBase.resolve($0, against: base) }, from: .itunesImage)
        default:
            return false
        }
        return true
    }

    /// Whether `element` is in a namespace ``readMedia(_:attributes:base:)`` reads (Media RSS or iTunes).
    static func mayBeMedia(_ element: XMLName) -> Bool {
        element.namespace == XMLNamespace.media || element.namespace == XMLNamespace.itunes
    }

    /// Adds an enclosure from its attributes as written (`length` in bytes),
    /// its URL resolved against `base`; one without a URL is ignored.
    mutating func addEnclosure(
        url: String?, type: String?, length: String?, duration: Int? = nil, base: LinkBase?
    ) {
        guard let url = url.map({ LinkBase.resolve($0, against: base) }), !url.isEmpty else { return }
        let type = type?.trimmingASCIIWhitespace()
        let length = length.flatMap { Int64($0.trimmingASCIIWhitespace()) }.flatMap { $0 > 0 ? $0 : nil }
        enclosures.append(
            Enclosure(url: url, mimeType: type?.isEmpty == false ? type : nil, length: length, duration: duration))
    }

    /// Whether a `media:content` is an image: its `medium`, else its type,
    /// else (neither given) its file name says so.
    private static func isImage(url: String, type: String?, medium: String?) -> Bool {
        if let medium { return medium.lowercased() == "image" }
        if let type { return type.lowercased().hasPrefix("image/") }
        let path = url.lowercased().prefix { $0 != "?" && $0 != "#" }
        return imageExtensions.contains { path.hasSuffix($0) }
    }

    private static let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"]
}
