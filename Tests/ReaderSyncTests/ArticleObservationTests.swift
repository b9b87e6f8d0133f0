import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Synchronization
import Testing

/// `store.observe(query)` on a real cache file, synced through libcurl from a
/// Sync API endpoint on loopback, and written by a second `reader` process.
@Suite struct ArticleObservationTests {
    /// Long enough for an observation to deliver anything still pending: its
    /// coalescing, a poll of the file, and a margin for a loaded machine.
    fileprivate static let settle: Duration = .milliseconds(1_500)

    @Test func eachChangeIsDeliveredOnceAndAnotherProcessIsSeen() async throws {
        let synced = try await SyncedCache(publishing: [(1, "Kunming"), (2, "Guangzhou"), (3, "Dali in Yunnan")])
        defer { synced.server.stop() }
        let (seen, observing) = Deliveries.observe(synced.library.store, ArticleQuery(province: .yunnan, unreadOnly: true))
        try await seen.expectExactly(1, last: ["Story 3", "Story 1"])

        synced.feed.publish(4, about: "Yuxi")
        synced.feed.publish(5, about: "Shenzhen")
        try await synced.sync()
        try await seen.expectExactly(2, last: ["Story 4", "Story 3", "Story 1"])
        let lastPage = synced.server.requests.last { $0.path.hasPrefix("/api/v1/articles") }?.path
        #expect(lastPage?.contains("cursor=3") == true, "a Source value kept from before a sync syncs on from the stored cursor")

        let store = synced.library.store
        let third = try #require(try await store.articles(ArticleQuery()).first { $0.article.title == "Story 3" })
        _ = try await store.setFlag(.read, to: true, for: [third.id])
        try await seen.expectExactly(3, last: ["Story 4", "Story 1"])

        synced.feed.retract(1)
        try await synced.sync()
        try await seen.expectExactly(4, last: ["Story 4"])

        let other = try await ChildCommand.run(
            Binaries.reader().path, ["unread", third.id.rawValue, "--db", synced.cache.database])
        #expect(other == 0)
        try await seen.expectExactly(5, last: ["Story 4", "Story 3"])

        observing.cancel()
        let ended = await observing.result
        #expect((try? ended.get()) != nil, "cancelling the task ends the observation without an error")
    }

    @Test func aReadOnlyStoreSeesAnotherConnectionsWrites() async throws {
        let synced = try await SyncedCache(publishing: [(1, "Kunming")])
        defer { synced.server.stop() }
        let widget = try ArticleStore(path: synced.cache.database, mode: .readOnly)
        let (seen, observing) = Deliveries.observe(widget, ArticleQuery(province: .yunnan))
        defer { observing.cancel() }
        try await seen.expectExactly(1, last: ["Story 1"])
        synced.feed.publish(2, about: "Lijiang")
        try await synced.sync()
        try await seen.expectExactly(2, last: ["Story 2", "Story 1"])
    }

    @Test func aSyncOfManyPagesIsDeliveredAsOne() async throws {
        let synced = try await SyncedCache(publishing: [(1, "Kunming")], feed: ChangingEndpoint(pageSize: 4, pageDelay: 0.3))
        defer { synced.server.stop() }
        let (seen, observing) = Deliveries.observe(synced.library.store, ArticleQuery(province: .yunnan))
        defer { observing.cancel() }
        try await seen.expectExactly(1, last: ["Story 1"])
        for number in 2...13 { synced.feed.publish(number, about: "Kunming") }
        try await synced.sync()
        try await seen.expectExactly(2, last: (1...13).reversed().map { "Story \($0)" })
        #expect(synced.feed.pagesServed >= 4, "the sync took several pages, 0.3 s apart")
    }
}

/// A cache file with one Sync API source on loopback, synced once.
private struct SyncedCache {
    let cache: CacheFolder
    let feed: ChangingEndpoint
    let server: LoopbackHTTPServer
    let library: ReaderLibrary
    let source: Source

    /// Publishes `stories` (number, place) on `feed`, then syncs them into a new cache.
    init(publishing stories: [(Int, String)], feed: ChangingEndpoint = ChangingEndpoint()) async throws {
        cache = try CacheFolder()
        self.feed = feed
        server = try LoopbackHTTPServer(route: LoopbackEndpoint.route(articles: { feed.page(after: $0) }))
        for (number, place) in stories { feed.publish(number, about: place) }
        library = try ReaderLibrary(path: cache.database, transport: CurlTransport(), credentials: InMemoryCredentialStore())
        source = try await library.store.addSource(url: server.url("/api"))
        try await sync()
    }

    /// Syncs the source again, through the value saved at the start.
    func sync() async throws { _ = try await library.sync(source) }
}

/// A Sync API article stream that a test extends and retracts from: the
/// cursor is the number of events already served.
private final class ChangingEndpoint: Sendable {
    private enum Event { case published(SyncWire.Article), retracted(String) }
    private let events = Mutex<[Event]>([])
    private let served = Mutex(0)
    private let pageSize: Int
    private let pageDelay: Double

    init(pageSize: Int = 500, pageDelay: Double = 0) {
        self.pageSize = pageSize
        self.pageDelay = pageDelay
    }

    var pagesServed: Int { served.withLock { $0 } }

    /// Publishes "Story N", whose text names `place`.
    func publish(_ number: Int, about place: String) {
        let article = SyncWire.Article(
            id: "a-\(number)", url: "https://news.example/\(number)", title: "Story \(number)",
            published: Date(timeIntervalSince1970: 1_780_000_000 + Double(number)),
            updated: Date(timeIntervalSince1970: 1_780_000_000 + Double(number)),
            contentHTML: "<p>Patent news from \(place).</p>")
        events.withLock { $0.append(.published(article)) }
    }

    /// Retracts "Story N".
    func retract(_ number: Int) { events.withLock { $0.append(.retracted("a-\(number)")) } }

    /// The page of events after `cursor`.
    func page(after cursor: String?) -> LoopbackHTTPServer.Reply {
        let all = events.withLock { $0 }
        let start = cursor.flatMap(Int.init) ?? 0
        let end = min(all.count, start + pageSize)
        var articles: [SyncWire.Article] = []
        var retracted: [String] = []
        for event in all[start..<end] {
            switch event {
            case .published(let article): articles.append(article)
            case .retracted(let id): retracted.append(id)
            }
        }
        served.withLock { $0 += 1 }
        let page = SyncWire.ArticlePage(articles: articles, deleted: retracted, nextCursor: String(end), hasMore: end < all.count)
        let reply = LoopbackEndpoint.json(page)
        return start > 0 && pageDelay > 0 ? .delayed(seconds: pageDelay, reply: reply) : reply
    }
}

/// What an observation delivered, in order.
private final class Deliveries: Sendable {
    private let titles = Mutex<[[String]]>([])

    /// Starts observing `query` on `store`, recording each delivery's titles.
    static func observe(_ store: ArticleStore, _ query: ArticleQuery) -> (Deliveries, Task<Void, any Error>) {
        let seen = Deliveries()
        let task = Task {
            for try await rows in store.observe(query) { seen.append(rows.map(\.article.title)) }
        }
        return (seen, task)
    }

    func append(_ rows: [String]) { titles.withLock { $0.append(rows) } }

    /// Waits for the `count`th delivery, expects it to be `last`, then waits
    /// a while longer and expects no other.
    func expectExactly(_ count: Int, last: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while titles.withLock({ $0.count }) < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        try await Task.sleep(for: ArticleObservationTests.settle)
        let delivered = titles.withLock { $0 }
        #expect(delivered.count == count, "deliveries: \(delivered)", sourceLocation: sourceLocation)
        #expect(delivered.last == last, sourceLocation: sourceLocation)
    }
}

/// A folder for one test's cache file, removed when the test ends.
private final class CacheFolder: Sendable {
    let url: URL
    var database: String { url.appendingPathComponent("reader.sqlite").path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("observe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Runs another program to its end.
private enum ChildCommand {
    /// Runs `executable` with `arguments`; returns its exit status.
    static func run(_ executable: String, _ arguments: [String]) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        return process.terminationStatus
    }
}
