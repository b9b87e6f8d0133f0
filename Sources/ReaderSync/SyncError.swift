public import Foundation
public import ReaderFeeds
public import ReaderHTTP
public import ReaderStore
import ReaderModels

/// Why syncing a source failed. Every case names the source, and its
/// description is one line fit for a terminal; none contains a token.
///
/// For example:
///
/// ```swift
/// do {
///     _ = try await library.sync(source)
/// } catch {
///     switch error {
///     case .unauthorized: print("\(source.url) needs a new token")
///     case .transport(_, let cause) where cause.isTransient: print("offline? \(cause)")
///     case .cancelled, .deadlineReached: break
///     default: print(error)
///     }
/// }
/// ```
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No response could be had, after the retries the policy allows.
    case transport(source: String, TransportError)
    /// The endpoint refused the token, or asked for one.
    case unauthorized(source: String, status: Int, message: String?)
    /// The server answered with an error status that retrying does not fix.
    case http(source: String, status: Int, message: String?)
    /// The server stayed overloaded, failing or too slow through every retry
    /// the policy allows (``RetryPolicy/maxAttempts`` attempts within
    /// ``RetryPolicy/requestTimeLimit`` seconds).
    case retriesExhausted(source: String, lastCause: String)
    /// The feed document could not be read.
    case feed(source: String, FeedParseError)
    /// The sync endpoint sent something the contract does not allow.
    case protocolViolation(source: String, detail: String)
    /// The server answered 429 or 503 and asked to wait longer than a sync
    /// waits: the source is left alone until `until`, across runs.
    case serverAskedToWait(source: String, status: Int, until: Date)
    /// The sync's deadline came: it stopped before its next request, and
    /// every page applied before stays.
    case deadlineReached(source: String)
    /// The server sent the same thing again and again: an article or state
    /// page whose `next_cursor` is the cursor it was asked with, or one this
    /// sync already followed, while `has_more` stays true, or pages in a row
    /// that bring nothing this sync has not already received. Every page
    /// applied before stays.
    case serverRepeatsItself(source: String, detail: String)
    /// One sync of the source pulled ``SyncEngine/maxPagesPerSync`` pages
    /// and the server still had more; every page applied stays, and the next
    /// sync goes on from there.
    case tooManyPages(source: String, limit: Int)
    /// One sync of the source took ``RetryPolicy/sourceTimeLimit`` seconds,
    /// its requests, retries and waits included: it ended before its next
    /// request or wait (a request on the wire is given only the time left),
    /// and every page applied before stays. Unlike ``deadlineReached(source:)``
    /// this is a failure of the source.
    case timeLimitReached(source: String, seconds: TimeInterval)
    /// The URL is a web page, not a feed: it offers `feeds` (never empty),
    /// the first the one to subscribe to.
    case webPage(source: String, feeds: [DiscoveredFeed])
    /// The URL is a web page that declares no feed, and none of the usual
    /// feed paths of its site (`tried`) answered with one.
    case noFeedFound(source: String, tried: [String])
    /// A Google Reader API account refused its login token (401,
    /// `Google-Bad-Token`): the user must log in again with the account's
    /// password (`ReaderLibrary.logIn(account:password:)`); nothing stored was lost.
    case loginRequired(account: String)
    /// A Google Reader API server refused a login (`ClientLogin`): a wrong
    /// user name or password (the API password, which some servers set apart
    /// from the web one). Nothing was saved.
    case loginRefused(account: String)
    /// A Google Reader API route answered something that is not what the
    /// route promises (`route` is its path, such as `stream/items/ids`);
    /// nothing stored was lost.
    case unexpectedAnswer(account: String, route: String, detail: String)
    /// A Google Reader API server could not subscribe the account to `url`
    /// (`subscription/quickadd` answered `numResults: 0`); `message` is its
    /// reason, if it gave one.
    case subscriptionRefused(account: String, url: String, message: String?)
    /// The source is a subscription of an account, which syncs it with its
    /// other subscriptions: sync the account instead.
    case syncedByAccount(source: String)
    /// The cache failed.
    case store(StoreError)
    /// The task was cancelled; every page applied before stays.
    case cancelled

    /// One line: the source, then what went wrong.
    public var description: String {
        switch self {
        case .transport(let source, let error):
            "\(source): \(error)"
        case .unauthorized(let source, let status, let message):
            "\(source): HTTP \(status), the endpoint needs a valid bearer token" + (message.map { " (\($0))" } ?? "")
        case .http(let source, let status, let message):
            "\(source): HTTP \(status)" + (message.map { ": \($0)" } ?? "") + (status == 404 ? " (is the URL right?)" : "")
        case .retriesExhausted(let source, let lastCause):
            "\(source): gave up after retries: \(lastCause)"
        case .feed(let source, let error):
            "\(source): \(error)"
        case .protocolViolation(let source, let detail):
            "\(source): not a valid Reader Sync API answer: \(detail)"
        case .serverAskedToWait(let source, let status, let until):
            "\(source): HTTP \(status), the server asked to wait until \(RFC3339.string(from: until))"
        case .deadlineReached(let source):
            "\(source): stopped at the deadline; what was stored stays, and the next sync goes on from there"
        case .serverRepeatsItself(let source, let detail):
            "\(source): the server repeats itself (\(detail)); what was stored stays"
        case .tooManyPages(let source, let limit):
            "\(source): still more after \(limit) pages in one sync; what was stored stays, and the next sync goes on from there"
        case .timeLimitReached(let source, let seconds):
            "\(source): gave up after \(Int(seconds.rounded())) s, the longest a sync of one source may take; "
                + "what was stored stays, and the next sync goes on from there"
        case .webPage(let source, let feeds):
            "\(source): a web page, not a feed; it offers \(feeds.map(\.url).joined(separator: ", "))"
        case .noFeedFound(let source, let tried):
            "no feed found at \(source): the page declares none and \(tried.joined(separator: ", ")) answered no feed"
        case .loginRequired(let account):
            "\(account): the server no longer accepts this device's login; log in to the account again"
        case .loginRefused(let account):
            "\(account): the server refused the user name or password (with FreshRSS and Miniflux, the API password)"
        case .unexpectedAnswer(let account, let route, let detail):
            "\(account): \(route) answered something it should not (\(detail)); nothing stored was lost"
        case .subscriptionRefused(let account, let url, let message):
            "\(account): the server could not subscribe to \(url)" + (message.map { ": \($0)" } ?? "")
        case .syncedByAccount(let source):
            "\(source): a subscription of an account, synced with the account"
        case .store(let error):
            error.description
        case .cancelled:
            "sync cancelled"
        }
    }

    /// Whether the sync was stopped (cancelled, or its deadline came) rather
    /// than failed: a stop says nothing about the source, so it does not
    /// count towards its back-off.
    public var isStop: Bool {
        switch self {
        case .cancelled, .deadlineReached: true
        default: false
        }
    }

    /// The time the server asked to wait until, if it did.
    var serverAskedToWaitUntil: Date? {
        if case .serverAskedToWait(_, _, let until) = self { return until }
        return nil
    }
}
