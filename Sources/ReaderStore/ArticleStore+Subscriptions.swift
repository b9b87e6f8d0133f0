public import ReaderModels
import Foundation
import GRDB

/// A feed to subscribe to, with what a subscription list (OPML) says of it.
///
/// For example:
///
/// ```swift
/// let subscription = SourceSubscription(url: "https://ip.example.org/rss", title: "CNIPA", folder: "News/China")
/// let result = try await library.store.subscribe(to: [subscription])
/// ```
public struct SourceSubscription: Sendable, Equatable, Hashable {
    /// The feed or sync endpoint URL.
    public var url: String
    /// The title the user gave it, if any; it wins over the feed's own.
    public var title: String?
    /// Its folder, components joined by `/`; `nil` at the top level.
    public var folder: String?
    /// The web page it belongs to.
    public var homePageURL: String?

    /// Creates a subscription.
    public init(url: String, title: String? = nil, folder: String? = nil, homePageURL: String? = nil) {
        self.url = url
        self.title = title
        self.folder = folder
        self.homePageURL = homePageURL
    }
}

/// What ``ArticleStore/subscribe(to:)`` did.
///
/// For example:
///
/// ```swift
/// let result = try await library.store.subscribe(to: urls.map { SourceSubscription(url: $0) })
/// print("\(result.added.count) added, \(result.duplicates) already saved")
/// ```
public struct SubscriptionResult: Sendable, Equatable {
    /// The sources it saved, in the order given.
    public var added: [Source]
    /// Subscriptions left alone: the URL was saved already, or given twice.
    public var duplicates: Int

    /// Creates a result.
    public init(added: [Source], duplicates: Int) {
        self.added = added
        self.duplicates = duplicates
    }
}

extension ArticleStore {
    /// Saves every subscription whose URL (in ``SourceURL/normalized(_:)``
    /// form) is not saved yet, with its title, folder and home page, in one
    /// transaction: all of them or, on error, none. A source saved before
    /// keeps its own details; one removed but for its bookmarks comes back
    /// with the new ones.
    ///
    /// For example:
    ///
    /// ```swift
    /// let result = try await store.subscribe(to: [SourceSubscription(url: url, title: "CNIPA", folder: "News")])
    /// print(result.added.count, result.duplicates)
    /// ```
    /// - throws: ``StoreError``.
    public func subscribe(to subscriptions: [SourceSubscription]) async throws(StoreError) -> SubscriptionResult {
        try await write("saving subscriptions") { db in
            var added: [Source] = []
            var duplicates = 0
            for subscription in subscriptions {
                let url = SourceURL.normalized(subscription.url)
                try db.execute(
                    sql: """
                        INSERT INTO source (url, custom_title, folder, home_page) VALUES (?, ?, ?, ?)
                        ON CONFLICT(url) DO UPDATE SET removed_at = NULL, custom_title = excluded.custom_title,
                            folder = excluded.folder, home_page = excluded.home_page
                        WHERE removed_at IS NOT NULL
                        """,
                    arguments: [
                        url, subscription.title?.nilIfBlank, subscription.folder?.nilIfBlank,
                        subscription.homePageURL?.nilIfBlank,
                    ])
                guard db.changesCount > 0,
                    let row = try Row.fetchOne(db, sql: "SELECT * FROM source WHERE url = ?", arguments: [url])
                else {
                    duplicates += 1
                    continue
                }
                added.append(Self.source(from: row))
            }
            return SubscriptionResult(added: added, duplicates: duplicates)
        }
    }
}

extension String {
    /// `nil` for a string of only white space.
    fileprivate var nilIfBlank: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
