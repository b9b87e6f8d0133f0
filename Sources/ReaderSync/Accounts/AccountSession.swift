import Foundation
import ReaderHTTP
import ReaderModels
import ReaderStore

/// One sync of one Google Reader API account: send the marks waiting in the
/// outbox, fetch new items (the first window of the newest ones, then what
/// the server fetched since), pull the unread and starred id sets, fetch the
/// items they name that are not cached, and take the server's state where no
/// local change is pending.
///
/// Every page is stored with its bookkeeping in one transaction, and an
/// outbox row leaves only when the server acknowledged the request that
/// carried it, so a sync stopped anywhere resumes and ends the same.
struct AccountSession {
    let engine: SyncEngine
    let account: Account
    let client: GReaderClient
    let progress: SyncEngine.ProgressHandler?
    var report: SyncReport
    /// The account's subscriptions by stream id.
    var sources: [String: Source] = [:]
    /// Whether this sync has read the subscription list already.
    var subscriptionsReadThisSync = false
    /// How the articles of this account are made from its items.
    var mapping: GReaderEntryMapping { GReaderEntryMapping(account: account, tagger: engine.tagger, now: engine.wallClock()) }

    /// Items asked for per page of the first window.
    static let windowPageSize = 250
    /// Item ids asked for by the first page when looking for new items (a
    /// no-change sync asks for no more); each next page asks for five times
    /// as many, up to 1,000. The search stops at the first page that brings
    /// nothing new.
    static let newIDsFirstPage = 20
    /// Ids asked for per page of the unread and starred id sets: one request
    /// each for accounts of up to 10,000 unread items.
    static let idSetPageSize = 10_000
    /// Items asked for per `stream/items/contents` request.
    static let contentsChunk = 250
    /// How far before the last fetch's newest item the next fetch asks from
    /// (`ot`): items the server stored late, or in the same second, are not missed.
    static let fetchMargin: TimeInterval = 600
    /// How long a subscription list is trusted before it is read again
    /// (sooner when an item names a feed not yet known).
    static let subscriptionsMaxAge: TimeInterval = 24 * 3600

    init(
        engine: SyncEngine, account: Account, authToken: String, deadline: ContinuousClock.Instant?,
        progress: SyncEngine.ProgressHandler?
    ) {
        self.engine = engine
        self.account = account
        self.progress = progress
        let runner = RequestRunner(
            transport: engine.transport, policy: engine.policy, sourceURL: account.url, token: nil, deadline: deadline)
        client = GReaderClient(endpoint: account.url, accountName: account.name, authToken: authToken, runner: runner)
        report = SyncReport(sourceURL: account.url, kind: .accountFeed)
    }

    /// Runs the sync.
    mutating func run() async throws(SyncError) -> SyncReport {
        sources = Self.byStream(try await stored { store throws(StoreError) in try await store.sources(of: account) })
        let listAge = account.subscriptionsReadAt.map { engine.wallClock().timeIntervalSince($0) }
        if sources.isEmpty || listAge.map({ $0 > Self.subscriptionsMaxAge }) ?? true {
            try await readSubscriptions()
        }
        try await pushOutbox()
        var position = try await stored { store throws(StoreError) in try await store.syncPosition(of: account) }
        var wanted: Set<GReaderItemID> = []
        if !position.windowDone {
            try await fetchFirstWindow(from: position)
            position = try await stored { store throws(StoreError) in try await store.syncPosition(of: account) }
        } else {
            wanted = try await newItemIDs(since: position.fetchedSince)
        }
        try await pullState(fetching: wanted, floor: position.windowFloor)
        return report
    }

    /// Reads the subscription list and saves it as the account's sources.
    mutating func readSubscriptions() async throws(SyncError) {
        subscriptionsReadThisSync = true
        let listed = try await client.subscriptions(report: &report)
        let subscriptions = listed.map { subscription in
            AccountSubscription(
                streamID: subscription.streamID, title: subscription.title.isEmpty ? nil : subscription.title,
                feedURL: subscription.feedURL, homePageURL: subscription.homePageURL, folder: subscription.folders.first)
        }
        let now = engine.wallClock()
        sources = Self.byStream(
            try await stored { store throws(StoreError) in
                try await store.saveSubscriptions(subscriptions, of: account, complete: true, readAt: now)
            })
    }

    /// `sources` by their stream ids.
    static func byStream(_ sources: [Source]) -> [String: Source] {
        Dictionary(sources.compactMap { source in source.streamID.map { ($0, source) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Runs a store call, wrapping its error.
    func stored<T: Sendable>(_ body: (ArticleStore) async throws(StoreError) -> T) async throws(SyncError) -> T {
        do {
            return try await body(engine.store)
        } catch {
            throw .store(error)
        }
    }

    /// Tells the progress handler where the sync is.
    func announce(_ phase: SyncProgress.Phase) {
        progress?(SyncProgress(report, phase: phase))
    }
}
