/// One subscription as an account's server lists it.
///
/// For example, a feed an account's server lists as `feed/2` in the folder `News`:
///
/// ```swift
/// let subscription = AccountSubscription(
///     streamID: "feed/2", title: "CNIPA", feedURL: "https://ip.example.org/rss", folder: "News")
/// ```
public struct AccountSubscription: Sendable, Equatable {
    /// The server's id of it, such as `feed/2`.
    public var streamID: String
    /// Its title.
    public var title: String?
    /// The feed's own URL.
    public var feedURL: String?
    /// The web page the feed belongs to.
    public var homePageURL: String?
    /// The folder it is filed in, `nil` at the top level.
    public var folder: String?

    /// Creates a subscription value.
    public init(streamID: String, title: String? = nil, feedURL: String? = nil, homePageURL: String? = nil, folder: String? = nil) {
        self.streamID = streamID
        self.title = title
        self.feedURL = feedURL
        self.homePageURL = homePageURL
        self.folder = folder
    }
}
