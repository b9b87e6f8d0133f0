public import Foundation
public import ReaderModels
public import ReaderStore

/// What one sync of one source did.
///
/// For example:
///
/// ```swift
/// let report = try await library.addSourceAndSync(url: "https://news.example/rss.xml")
/// print("\(report.articles.new) new in \(report.requests) requests", report.notModified ? "(not modified)" : "")
/// if let page = report.foundOnPage { print("found on \(page); also offered:", report.otherFeeds.map(\.url)) }
/// ```
public struct SyncReport: Sendable, Equatable {
    /// The source's URL.
    public var sourceURL: String
    /// Its kind, as found.
    public var kind: SourceKind
    /// The feed answered 304: nothing changed and nothing was written.
    public var notModified = false
    /// Seconds the feed's answer stays fresh by its HTTP caching headers
    /// (`Cache-Control: max-age`, `Expires`), if it said; a refresh does not
    /// ask again before then (see ``RefreshPolicy``).
    public var freshFor: TimeInterval?
    /// New, updated, unchanged and retracted article counts.
    public var articles = ApplyResult()
    /// Feed items and Sync API articles that could not be read, each with
    /// its reason: each was skipped, and the rest of its document or page stored.
    public var skipped: [String] = []
    /// Why the feed document broke off before its end, if it did: the items
    /// complete before the break were stored, the one it broke off in is in
    /// ``skipped``, and the document's validators were not saved, so the next
    /// sync fetches it again.
    public var damage: String?
    /// Article pages received (1 for a plain feed).
    public var pages = 0
    /// HTTP requests made, retries included.
    public var requests = 0
    /// Bytes received on the wire.
    public var bytesReceived = 0
    /// Local state changes the endpoint acknowledged.
    public var statePushed = 0
    /// Remote state changes that won and were applied here.
    public var statePulled = 0
    /// Remote state changes skipped because their clock was out of bounds
    /// (more than the ``ClockBound`` past the answer's `Date`, or a counter
    /// of 2^31 or more): never applied, never moving this device's clock.
    public var clocksSkipped = 0
    /// Local changes re-stamped after the endpoint refused their clocks as
    /// too far ahead of its time (400 `clock_ahead`).
    public var stateRestamped = 0
    /// Times the article stream restarted after a 410 `cursor_expired`.
    public var restarts = 0
    /// The web page the source was found on, when the URL given was a page
    /// (``SyncError/webPage(source:feeds:)``) rather than the source itself.
    public var foundOnPage: String?
    /// The other feeds that page offers, not subscribed to.
    public var otherFeeds: [DiscoveredFeed] = []
    /// Wall time of the sync, in seconds.
    public var duration: TimeInterval = 0

    /// Creates an empty report.
    public init(sourceURL: String, kind: SourceKind) {
        self.sourceURL = sourceURL
        self.kind = kind
    }
}

/// Where a running sync is, reported after every request and page.
///
/// For example:
///
/// ```swift
/// let report = try await library.sync(source) { progress in
///     print(progress.phase.rawValue, "\(progress.pages) pages, \(progress.articles) articles")
/// }
/// ```
public struct SyncProgress: Sendable, Equatable {
    /// The step a sync endpoint's sync is in.
    public enum Phase: String, Sendable {
        /// Finding out what the URL serves.
        case discovering
        /// Sending the outbox.
        case pushingState
        /// Pulling articles.
        case articles
        /// Pulling read state and bookmarks.
        case pullingState
    }

    /// The source's URL.
    public var sourceURL: String
    /// The current step.
    public var phase: Phase
    /// Article pages applied so far.
    public var pages: Int
    /// Articles received so far.
    public var articles: Int
    /// Bytes received so far.
    public var bytesReceived: Int

    /// Creates a progress value.
    public init(sourceURL: String, phase: Phase, pages: Int, articles: Int, bytesReceived: Int) {
        self.sourceURL = sourceURL
        self.phase = phase
        self.pages = pages
        self.articles = articles
        self.bytesReceived = bytesReceived
    }
}

extension SyncProgress {
    /// Where the sync that has so far made `report` stands, in `phase`.
    init(_ report: SyncReport, phase: Phase) {
        self.init(
            sourceURL: report.sourceURL, phase: phase, pages: report.pages,
            articles: report.articles.new + report.articles.updated + report.articles.unchanged,
            bytesReceived: report.bytesReceived)
    }
}
