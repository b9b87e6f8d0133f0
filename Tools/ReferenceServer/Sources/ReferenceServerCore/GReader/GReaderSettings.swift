/// The Google Reader API routes under `/api/greader.php/`, served over the
/// same articles as the Sync API when ``ServerConfiguration/greader`` is set.
///
/// For example:
///
/// ```swift
/// configuration.greader = GReaderSettings(user: "alice", password: "pw", feedCount: 4, tokenUses: 3)
/// ```
public struct GReaderSettings: Sendable, Equatable {
    /// The one account's user name (letters and digits only, as FreshRSS requires).
    public var user: String
    /// The account's API password, checked by `accounts/ClientLogin`.
    public var password: String
    /// How many subscriptions (`feed/1` ... `feed/N`) the articles are split into.
    public var feedCount: Int
    /// After how many writes an action token expires (a stale `T` then
    /// answers 401); `nil` keeps one token for ever.
    public var tokenUses: Int?
    /// Whether the first article of an empty store gets item number
    /// `0xfffffffffffffff0`, above 2^63: its decimal id is the signed `-16`,
    /// as Google's were, and it stays the oldest item.
    public var highFirstID: Bool

    /// Creates the settings of one account.
    public init(
        user: String, password: String, feedCount: Int = 4, tokenUses: Int? = nil, highFirstID: Bool = false
    ) {
        self.user = user
        self.password = password
        self.feedCount = feedCount
        self.tokenUses = tokenUses
        self.highFirstID = highFirstID
    }

    /// Why these settings cannot run, or `nil` when they can.
    public var problem: String? {
        if user.isEmpty || !GReaderSettings.isAlphanumeric(user) {
            return "greader-user must be letters and digits only"
        }
        if password.isEmpty { return "greader-password must not be empty" }
        if feedCount < 1 { return "greader-feeds must be at least 1" }
        if let tokenUses, tokenUses < 1 { return "greader-token-uses must be at least 1" }
        return nil
    }

    /// Whether `name` is ASCII letters and digits only.
    static func isAlphanumeric(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
