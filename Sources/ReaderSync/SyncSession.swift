import Foundation
import ReaderFeeds
import ReaderHTTP
import ReaderModels
@_spi(ReaderInternals) import ReaderStore

/// The state of one sync of one source: its request runner, report and progress.
struct SyncSession {
    let engine: SyncEngine
    var source: Source
    let runner: RequestRunner
    let progress: SyncEngine.ProgressHandler?
    /// Called once a plain feed's document has arrived, before it is read
    /// and stored: the sync needs the network no more.
    let fetched: (@Sendable () -> Void)?
    var report: SyncReport
    var mapping: ArticleMapping { ArticleMapping(source: source, tagger: engine.tagger, now: Date()) }

    init(
        engine: SyncEngine, source: Source, deadline: ContinuousClock.Instant?,
        progress: SyncEngine.ProgressHandler?, fetched: (@Sendable () -> Void)?
    ) async throws(SyncError) {
        self.engine = engine
        self.source = source
        self.progress = progress
        self.fetched = fetched
        var token: String?
        if source.hasToken {  // most feeds have none: no read for them
            do {
                token = try await engine.credentials.secret(for: SyncEngine.credentialKey(ofSource: source.url))
            } catch {
                throw .store(error)
            }
        }
        runner = RequestRunner(
            transport: engine.transport, policy: engine.policy, sourceURL: source.url, token: token, deadline: deadline)
        report = SyncReport(sourceURL: source.url, kind: source.kind ?? .feed)
    }

    /// Finds the source's kind if unknown, then syncs it as that kind.
    ///
    /// A source of unknown kind that turns out to be a web page fails with
    /// ``SyncError/webPage(source:feeds:)`` naming the feeds it offers, or
    /// ``SyncError/noFeedFound(source:tried:)``.
    mutating func run() async throws(SyncError) -> SyncReport {
        switch source.kind {
        case .feed:
            try await syncFeed(firstAnswer: nil)
        case .syncEndpoint:
            try await syncEndpoint()
        case .accountFeed:
            throw .syncedByAccount(source: source.url)
        case nil:
            announce(.discovering)
            let answer = try await runner.send(
                HTTPRequest(
                    url: source.url, headers: ["Accept": Self.discoveryAccept], bodyFileThreshold: Self.bodyFileThreshold),
                report: &report)
            if let discovery = Self.syncDiscovery(in: answer) {
                source.kind = .syncEndpoint
                report.kind = .syncEndpoint
                source.pageLimitMax = discovery.pageLimitMax
                try await save(
                    SourceUpdate(kind: .syncEndpoint, title: discovery.title, pageLimitMax: discovery.pageLimitMax))
                try await syncEndpoint()
            } else if FeedLinks.isHTMLPage(answer.bodyPrefix(Self.sniffedLength)) {
                let feeds = try await FeedDiscovery(runner: runner).feeds(
                    onPage: answer.withBodyInMemory(), requestedAs: source.url)
                throw .webPage(source: source.url, feeds: feeds)
            } else {
                source.kind = .feed
                report.kind = .feed
                try await syncFeed(firstAnswer: answer)
            }
        }
        return report
    }

    /// How much of an answer's start tells a web page from a feed.
    static let sniffedLength = 64 * 1024

    /// The Reader Sync API discovery document `answer` carries, if it is one
    /// (never one that came as a file: a discovery document is a few lines).
    static func syncDiscovery(in answer: HTTPResponse) -> SyncWire.Discovery? {
        guard answer.bodyFile == nil, let discovery = try? JSONDecoder().decode(SyncWire.Discovery.self, from: answer.body),
            discovery.protocol == "reader-sync"
        else { return nil }
        return discovery
    }

    /// Saves source bookkeeping outside a page transaction.
    func save(_ update: SourceUpdate) async throws(SyncError) {
        do {
            try await engine.store.updateSource(source.id, with: update)
        } catch {
            throw .store(error)
        }
    }

    /// Applies one page of the article stream with its bookkeeping in one transaction, and counts it.
    mutating func apply(_ batch: ArticleBatch, progress update: SourceUpdate) async throws(SyncError) {
        try await store(batch, progress: update)
        report.pages += 1
    }

    /// Applies a batch with its bookkeeping in one transaction and counts its articles.
    mutating func store(_ batch: ArticleBatch, progress update: SourceUpdate) async throws(SyncError) {
        do {
            report.articles.add(try await engine.store.apply(batch, to: source.id, progress: update))
        } catch {
            throw .store(error)
        }
    }

    /// Gives articles queued for the full-text index their entries, a few
    /// hundred a transaction, until `isReady` says what the sync waits for
    /// on the network (its next page) is in: time the writer and the CPU
    /// would spend idle. A sync whose network is slower than its writes
    /// leaves little for the first search to index.
    ///
    /// A feed sync does not: its writer waits for the reading thread, and on
    /// two cores indexing then competes with the parse (an interleaved A/B
    /// of the 50k RSS document: the sync 0.2 s slower, its first search 1.0
    /// s quicker).
    func indexSearchQueue(until isReady: () -> Bool) async throws(SyncError) {
        while !isReady(), !Task.isCancelled {
            let left: Int
            do {
                left = try await engine.store.indexQueuedArticles(limit: Self.indexingStep)
            } catch {
                throw .store(error)
            }
            if left == 0 { return }
        }
    }

    /// How many queued articles one step of ``indexSearchQueue(until:)``
    /// indexes: a few milliseconds, the most it keeps the sync waiting.
    static let indexingStep = 200

    /// Tells the progress handler where the sync is.
    func announce(_ phase: SyncProgress.Phase) {
        progress?(SyncProgress(report, phase: phase))
    }

    static let discoveryAccept =
        "application/json, application/feed+json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, application/xml;q=0.7, */*;q=0.5"
}
