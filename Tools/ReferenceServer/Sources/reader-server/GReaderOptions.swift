import ArgumentParser
import ReferenceServerCore

/// The Google Reader API flags of `reader-server serve`.
struct GReaderOptions: ParsableArguments {
    @Option(help: "Serve the Google Reader API under /api/greader.php/ for this user (needs --greader-password).")
    var greaderUser: String?

    @Option(help: "The GReader user's API password, checked by accounts/ClientLogin.")
    var greaderPassword: String?

    @Option(help: "How many GReader subscriptions (feed/1...feed/N) the articles are split into.")
    var greaderFeeds = 4

    @Option(help: "Expire the GReader action token after this many writes (default: never).")
    var greaderTokenUses: Int?

    @Flag(
        help: """
            Number the first GReader item of an empty database 0xfffffffffffffff0 (above 2^63; decimal id -16, \
            signed as Google's), to test clients' signed decimal ids.
            """)
    var greaderHighID = false

    func validate() throws {
        if (greaderUser == nil) != (greaderPassword == nil) {
            throw ValidationError("--greader-user and --greader-password go together")
        }
        if let problem = settings?.problem { throw ValidationError(problem) }
    }

    /// The settings these flags describe; `nil` without a user.
    var settings: GReaderSettings? {
        guard let greaderUser, let greaderPassword else { return nil }
        return GReaderSettings(
            user: greaderUser, password: greaderPassword, feedCount: greaderFeeds, tokenUses: greaderTokenUses,
            highFirstID: greaderHighID)
    }
}
