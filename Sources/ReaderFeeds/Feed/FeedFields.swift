/// A feed's own fields (not its items') as a parser reads them; URLs already
/// resolved against their bases.
struct FeedFields {
    /// The title, already plain text.
    var title: String?
    var homePageURL: String?
    var language: String?
    /// The description, already plain text.
    var description: String?
    var iconURL: String?
    var logoURL: String?
}
