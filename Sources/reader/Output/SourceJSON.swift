import Foundation
import ReaderCore

/// One source as `reader feeds list --json` and `reader status --json` print it.
struct SourceJSON: Encodable {
    /// A deferral: why and until when refreshes leave the source alone.
    struct Deferral: Encodable {
        var reason: String
        var until: String
    }

    var id: Int64
    var url: String
    var kind: String?
    var title: String?
    var folder: String?
    var homePage: String?
    var description: String?
    var language: String?
    var icon: String?
    var logo: String?
    var articles: Int
    var unread: Int
    var bookmarked: Int
    var tokenSet: Bool
    var lastSyncedAt: String?
    var lastAttemptAt: String?
    var lastError: String?
    var consecutiveFailures: Int
    var deferredUntil: Deferral?
    var account: String?
    var feedURL: String?

    enum CodingKeys: String, CodingKey {
        case id, url, kind, title, folder, description, language, icon, logo, articles, unread, bookmarked
        case homePage = "home_page", tokenSet = "token_set", lastSyncedAt = "last_synced_at"
        case lastAttemptAt = "last_attempt_at", lastError = "last_error"
        case consecutiveFailures = "consecutive_failures", deferredUntil = "deferred"
        case account, feedURL = "feed_url"
    }

    /// - parameter account: the name of the account it is a subscription of, if any.
    init(_ overview: SourceOverview, account: String? = nil, now: Date = Date()) {
        let source = overview.source
        self.account = account
        feedURL = source.feedURL
        id = source.id
        url = source.url
        kind = source.kind?.rawValue
        title = source.title
        folder = source.folder
        homePage = source.homePageURL
        description = source.feedDescription
        language = source.language
        icon = source.iconURL
        logo = source.logoURL
        articles = overview.articles
        unread = overview.unread
        bookmarked = overview.bookmarked
        tokenSet = source.hasToken
        lastSyncedAt = source.lastSyncedAt.map(RFC3339.string(from:))
        lastAttemptAt = source.lastAttemptAt.map(RFC3339.string(from:))
        lastError = source.lastError
        consecutiveFailures = source.consecutiveFailures
        deferredUntil = source.deferral.flatMap { deferral in
            deferral.holds(at: now) ? Deferral(reason: deferral.reason.rawValue, until: RFC3339.string(from: deferral.until)) : nil
        }
    }
}
