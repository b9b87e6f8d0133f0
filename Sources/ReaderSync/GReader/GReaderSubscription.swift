/// A feed the account subscribes to, as `subscription/list` gives it,
/// normalised: its title made plain text with fullwidth escapes undone, its
/// folders by name.
struct GReaderSubscription: Sendable, Equatable {
    /// Its stream id, such as `feed/2`.
    var streamID: String
    /// Its title, plain text (empty when it has none).
    var title: String
    /// Its feed URL.
    var feedURL: String?
    /// Its web site.
    var homePageURL: String?
    /// The folders it is in, by name, as the server spells them (so they
    /// can be sent back as `user/-/label/NAME`).
    var folders: [String]

    /// The subscription `wire` describes.
    init(_ wire: GReaderWire.Subscription) {
        streamID = wire.id
        title = wire.title.map(GReaderEntry.plainTitle) ?? ""
        feedURL = wire.url
        homePageURL = wire.htmlUrl
        folders = (wire.categories ?? []).compactMap { GReaderTag.folder(of: $0.id) ?? $0.label }
    }
}
