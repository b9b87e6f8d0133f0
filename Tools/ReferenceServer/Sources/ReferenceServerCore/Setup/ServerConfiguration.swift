public import Foundation
public import Logging
public import ReaderModels

/// Everything `reader-server` is told on its command line; tests build one directly.
///
/// For example:
///
/// ```swift
/// var configuration = ServerConfiguration()
/// configuration.port = 0
/// configuration.corpusCount = 1000
/// let app = try await buildApplication(configuration: configuration)
/// ```
public struct ServerConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on; 0 picks a free one.
    public var port: Int
    /// The SQLite file of the server's store; `nil` for a new temporary file.
    public var databasePath: String?
    /// The directory served under `/feeds/`; `nil` serves none.
    public var feedsDirectory: String?
    /// Feed files (RSS, Atom, JSON Feed) whose items the Sync API publishes at start.
    public var importPaths: [String]
    /// How many synthetic articles the Sync API publishes at start; `nil` for none.
    public var corpusCount: Int?
    /// The seed of the synthetic corpus.
    public var corpusSeed: UInt64
    /// The bearer token `/api` requires; `nil` leaves it open.
    public var token: String?
    /// The bearer token `/admin` requires; `nil` leaves the admin API out.
    public var adminToken: String?
    /// Tombstones more than this many article changes behind the head are
    /// pruned, and cursors from before them answer 410; `nil` keeps them all.
    public var retention: Int?
    /// The largest page `limit` accepted, announced in discovery.
    public var pageLimitMax: Int
    /// The title announced in discovery.
    public var title: String
    /// The faults in force at start.
    public var faults: FaultSettings
    /// The least severe log level written to standard error.
    public var logLevel: Logger.Level
    /// How far ahead of the server's time a pushed clock may be: a push with
    /// one further ahead is refused with 400 `clock_ahead`. `nil` accepts any.
    public var clockBound: ClockBound?
    /// The server's time, by which pushed clocks are judged and GReader items
    /// are crawled (tests set their own).
    public var now: @Sendable () -> Date
    /// The Google Reader API under `/api/greader.php/`; `nil` leaves it out.
    public var greader: GReaderSettings?

    /// Creates a configuration: 127.0.0.1:8080, a temporary database, no
    /// content, no tokens, no faults, pages up to 1000, clocks at most 5
    /// minutes ahead, no GReader routes.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String? = nil, feedsDirectory: String? = nil,
        importPaths: [String] = [], corpusCount: Int? = nil, corpusSeed: UInt64 = 1, token: String? = nil,
        adminToken: String? = nil, retention: Int? = nil, pageLimitMax: Int = 1000,
        title: String = "Reader reference server", faults: FaultSettings = FaultSettings(),
        logLevel: Logger.Level = .info, clockBound: ClockBound? = .standard, now: @escaping @Sendable () -> Date = { Date() },
        greader: GReaderSettings? = nil
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.feedsDirectory = feedsDirectory
        self.importPaths = importPaths
        self.corpusCount = corpusCount
        self.corpusSeed = corpusSeed
        self.token = token
        self.adminToken = adminToken
        self.retention = retention
        self.pageLimitMax = pageLimitMax
        self.title = title
        self.faults = faults
        self.logLevel = logLevel
        self.clockBound = clockBound
        self.now = now
        self.greader = greader
    }

    /// Why this configuration cannot run, or `nil` when it can.
    public var problem: String? {
        if !(0...65535).contains(port) { return "port must be from 0 to 65535" }
        if pageLimitMax < 1 { return "page-limit-max must be at least 1" }
        if let retention, retention < 1 { return "retention must be at least 1" }
        if let corpusCount, corpusCount < 0 { return "corpus must not be negative" }
        if let clockBound, clockBound.maxAheadMS < 0 { return "clock-bound-ms must not be negative" }
        if token?.isEmpty == true || adminToken?.isEmpty == true { return "a token must not be empty" }
        if let problem = greader?.problem { return problem }
        return faults.problem
    }
}
