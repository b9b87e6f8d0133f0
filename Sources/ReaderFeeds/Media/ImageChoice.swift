/// The image that stands for an item: of the candidates a feed offers, the
/// first of the most telling kind.
struct ImageChoice {
    /// Where an image comes from, the most telling first.
    enum Origin: Int {
        /// A Media RSS `media:thumbnail`.
        case mediaThumbnail
        /// A Media RSS `media:content` that is an image.
        case mediaContent
        /// An enclosure of an image type.
        case enclosure
        /// An item's `itunes:image`.
        case itunesImage
        /// JSON Feed `image`.
        case feedImage
        /// JSON Feed `banner_image`.
        case bannerImage
        /// The first sizable `<img>` of the content.
        case content
    }

    /// The chosen image's URL, if any.
    private(set) var url: String?
    private var origin: Origin?

    /// Takes `candidate` if it is an http(s) URL and no image of its kind or
    /// a more telling one was taken before.
    mutating func offer(_ candidate: String?, from origin: Origin) {
        guard let candidate, ContentImage.isWebURL(candidate) else { return }
        if let chosen = self.origin, chosen.rawValue <= origin.rawValue { return }
        url = candidate
        self.origin = origin
    }

    /// Whether an image of a kind more telling than `origin` was taken.
    func hasBetter(than origin: Origin) -> Bool {
        self.origin.map { $0.rawValue < origin.rawValue } ?? false
    }
}
