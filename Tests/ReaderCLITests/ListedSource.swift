import Foundation

/// One source as `reader feeds list --json` prints it, read back.
struct ListedSource: Decodable, Equatable, Sendable {
    /// A deferral as printed.
    struct Deferral: Decodable, Equatable, Sendable {
        var reason: String
        var until: String
    }

    var id: Int64
    var url: String
    var title: String?
    var folder: String?
    var homePage: String?
    var description: String?
    var language: String?
    var icon: String?
    var logo: String?
    var articles: Int
    var unread: Int
    var consecutiveFailures: Int
    var lastError: String?
    var deferred: Deferral?
    var kind: String?
    var account: String?
    var feedURL: String?

    enum CodingKeys: String, CodingKey {
        case id, url, title, folder, articles, unread, deferred, description, language, icon, logo, kind, account
        case feedURL = "feed_url"
        case homePage = "home_page", consecutiveFailures = "consecutive_failures", lastError = "last_error"
    }
}

extension ReaderProcess {
    /// The saved sources, as `feeds list --json` prints them.
    /// - throws: ``ReaderFailure`` if the command fails, or a decoding error.
    func sources() async throws -> [ListedSource] {
        try await succeed(["feeds", "list", "--json"]).json([ListedSource].self)
    }
}
