/// A feed subscription listed in an OPML document: one `<outline>` with an `xmlUrl`.
///
/// For example, the entry for
/// `<outline text="Patents" xmlUrl="https://ip.example.org/rss"/>` inside a
/// folder outline `Yunnan` inside `Provinces`:
///
/// ```swift
/// OPMLEntry(url: "https://ip.example.org/rss", title: "Patents", folder: ["Provinces", "Yunnan"])
/// ```
public struct OPMLEntry: Sendable, Equatable, Hashable {
    /// The feed's address (the outline's `xmlUrl`): an absolute http or https URL
    /// when read from a document.
    public var url: String
    /// The feed's name: the outline's `title`, else its `text`; nil when neither
    /// says more than the URL itself.
    public var title: String?
    /// The feed's web site (the outline's `htmlUrl`).
    public var homePageURL: String?
    /// The names of the folders the feed is listed in, outermost first; empty
    /// at the top level.
    public var folder: [String]

    /// Creates an entry.
    public init(url: String, title: String? = nil, homePageURL: String? = nil, folder: [String] = []) {
        self.url = url
        self.title = title
        self.homePageURL = homePageURL
        self.folder = folder
    }
}
