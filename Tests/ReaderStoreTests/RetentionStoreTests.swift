import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Synchronization
import Testing

/// Issue 13 (retention): what a prune keeps besides articles, and the space it gives back.
@Suite struct RetentionStoreTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)
    static let day: TimeInterval = 86_400

    /// A cache on disk with `count` articles of one source, one a day back
    /// from `now`, all of them in the full-text index.
    private func diskCache(kind: SourceKind = .feed, count: Int = 40) async throws -> (ArticleStore, String, Source, [Article]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-retention-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("cache.sqlite").path
        let store = try ArticleStore(path: path)
        var source = try await store.addSource(url: "https://ip.example/feed.xml")
        try await store.updateSource(source.id, with: SourceUpdate(kind: kind))
        source.kind = kind
        let articles = (0..<count).map { number in
            StoreFactory.article(
                "item-\(number)", source: source, title: "Patent office news \(number)",
                html: "<p>\(String(repeating: "trademark filing ", count: 400))</p>",
                published: Self.now.addingTimeInterval(-Double(number) * Self.day - 3600), provinces: [.yunnan, .sichuan])
        }
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)
        try await store.indexQueuedArticles()
        return (store, path, source, articles)
    }

    @Test func aPrunedArticleThatComesBackComesBackRead() async throws {
        let (store, _, source, articles) = try await diskCache()
        let old = articles[30]
        try await store.setFlag(.read, to: true, for: [old.id], now: Self.now)
        let report = try await store.prune(RetentionPolicy(maxAge: 20 * Self.day), now: Self.now)
        #expect(report.articleIDs.contains(old.id))
        #expect(try await store.article(id: old.id) == nil)
        #expect(try await store.state(of: old.id).isRead, "the state row stays")

        _ = try await store.apply(ArticleBatch(articles: [old]), to: source.id)
        let back = try await store.articles(ArticleQuery(sourceID: source.id)).first { $0.id == old.id }
        #expect(back?.isRead == true)
    }

    @Test func theStateOfAPrunedArticleGoesAfterTheStateRetention() async throws {
        let (store, _, _, articles) = try await diskCache()
        let old = articles[30]
        try await store.setFlag(.read, to: true, for: [old.id], now: Self.now)
        let policy = RetentionPolicy(maxAge: 20 * Self.day, stateRetention: 10 * Self.day)
        #expect(try await store.prune(policy, now: Self.now).statesDropped == 0)
        #expect(try await store.prune(policy, now: Self.now.addingTimeInterval(9 * Self.day)).statesDropped == 0)
        #expect(try await store.state(of: old.id).isRead)
        let later = Self.now.addingTimeInterval(11 * Self.day)
        #expect(try await store.prune(policy, now: later, dryRun: true).statesDropped == 1)
        #expect(try await store.prune(policy, now: later).statesDropped == 1)
        #expect(try await store.state(of: old.id).isRead == false)
    }

    @Test func pendingChangesSurviveAPruneAndKeepTheirState() async throws {
        let (store, _, source, articles) = try await diskCache(kind: .syncEndpoint)
        let old = articles[35]
        try await store.setFlag(.read, to: true, for: [old.id], now: Self.now)
        let pending = try await store.pendingChanges(for: source)
        let policy = RetentionPolicy(maxAge: 20 * Self.day, stateRetention: 0)
        let report = try await store.prune(policy, now: Self.now)
        #expect(report.articleIDs.contains(old.id))
        #expect(try await store.pendingChanges(for: source) == pending)
        _ = try await store.prune(policy, now: Self.now.addingTimeInterval(Self.day))
        #expect(try await store.state(of: old.id).isRead, "a state with a change still to send stays")
        #expect(try await store.sources().first?.articleCursor == source.articleCursor)
    }

    @Test func searchAndProvinceRowsLeaveWithTheirArticles() async throws {
        let (store, path, _, articles) = try await diskCache()
        let report = try await store.prune(RetentionPolicy(maxCount: 10), now: Self.now)
        #expect(report.articles == 30)
        #expect(report.articleIDs == articles[10...].map(\.id), "newest first")
        #expect(try await store.articles(ArticleQuery(search: "trademark")).map(\.id) == articles[..<10].map(\.id))
        #expect(try await store.articles(ArticleQuery(province: .sichuan)).count == 10)
        let checks = try SQLiteShell.run(
            """
            INSERT INTO article_search(article_search) VALUES('integrity-check');
            SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM article_search),
                (SELECT count(*) FROM article_province WHERE sort_key NOT IN (SELECT sort_key FROM article));
            PRAGMA integrity_check;
            """, on: path)
        #expect(checks == "10|10|0\nok")
    }

    @Test func aPruneGivesTheSpaceBack() async throws {
        let (store, path, _, _) = try await diskCache(count: 400)
        #expect(try SQLiteShell.run("PRAGMA auto_vacuum", on: path) == "2", "a new cache has incremental vacuum")
        let report = try await store.prune(RetentionPolicy(maxCount: 20), now: Self.now)
        let before = try #require(report.fileBytesBefore)
        let after = try #require(report.fileBytesAfter)
        #expect(after < before / 4, "\(before) → \(after)")
        #expect(report.contentBytes > 380 * 6000)
    }

    @Test func aPruneInBatchesRemovesWhatItsDryRunReports() async throws {
        let (store, path, _, articles) = try await diskCache()
        let policy = RetentionPolicy(maxCount: 10)
        let dryRun = try await store.prune(policy, now: Self.now, dryRun: true)
        let batches = Counter()
        var report = try await store.prune(
            policy, now: Self.now, dryRun: false, batchSize: 7, betweenBatches: { batches.increment() })
        #expect(batches.value == 5, "30 articles in batches of 7")
        #expect(report.fileBytesBefore != nil)
        report.isDryRun = true
        report.fileBytesBefore = nil
        report.fileBytesAfter = nil
        #expect(report == dryRun)
        #expect(report.articleIDs == articles[10...].map(\.id))
        #expect(try SQLiteShell.run("SELECT count(*) FROM article; SELECT count(*) FROM article_search", on: path) == "10\n10")
    }

    @Test func anArticleProtectedBetweenTwoBatchesStays() async throws {
        let (store, _, _, articles) = try await diskCache()
        try await store.setFlag(.read, to: true, for: articles.map(\.id), now: Self.now)
        let policy = RetentionPolicy(maxCount: 10, keepUnreadYoungerThan: 30 * Self.day)
        let bookmarked = articles[20].id, unreadYoung = articles[25].id, unreadOld = articles[36].id
        let batches = Counter()
        let report = try await store.prune(policy, now: Self.now, dryRun: false, batchSize: 7) {
            guard batches.increment() == 1 else { return }
            _ = try? await store.setFlag(.bookmarked, to: true, for: [bookmarked], now: Self.now)
            _ = try? await store.setFlag(.read, to: false, for: [unreadYoung, unreadOld], now: Self.now)
        }
        #expect(report.articleIDs == articles[10...].map(\.id).filter { $0 != bookmarked && $0 != unreadYoung })
        #expect(report.articles == 28 && report.sources.map(\.articles) == [28])
        #expect(try await store.article(id: bookmarked) != nil, "bookmarked after the selection, before its batch")
        #expect(try await store.article(id: unreadYoung) != nil, "marked unread while younger than 30 days")
        #expect(try await store.article(id: unreadOld) == nil, "unread but old enough")
    }

    @Test func aDryRunChangesNothing() async throws {
        let (store, path, _, _) = try await diskCache()
        let before = try SQLiteShell.run("SELECT count(*) FROM article; SELECT count(*) FROM article_search", on: path)
        let report = try await store.prune(RetentionPolicy(maxAge: 5 * Self.day), now: Self.now, dryRun: true)
        #expect(report.articles == 35 && report.fileBytesBefore == nil)
        #expect(try SQLiteShell.run("SELECT count(*) FROM article; SELECT count(*) FROM article_search", on: path) == before)
    }

    @Test func thePolicyIsStoredForEveryProcess() async throws {
        let (store, path, source, _) = try await diskCache()
        #expect(try await store.retentionPolicy() == .keepEverything)
        var policy = RetentionPolicy(maxAge: 90 * Self.day, maxCount: 5000, keepUnreadYoungerThan: 30 * Self.day)
        policy.sourceLimits[source.id] = RetentionPolicy.Limits(maxCount: 100)
        try await store.setRetentionPolicy(policy)
        #expect(try await ArticleStore(path: path).retentionPolicy() == policy)
        policy.sourceLimits[9999] = RetentionPolicy.Limits(maxAge: Self.day)
        await #expect(throws: StoreError.sourceNotFound("9999")) { try await store.setRetentionPolicy(policy) }
        try await store.setRetentionPolicy(.keepEverything)
        #expect(try await store.retentionPolicy() == .keepEverything)
    }

    @Test func aRemovedSourceKeepsItsBookmarksUntilTheyAreTakenOff() async throws {
        let (store, _, source, articles) = try await diskCache(kind: .syncEndpoint)
        try await store.setFlag(.bookmarked, to: true, for: [articles[3].id, articles[7].id])
        let removal = try #require(try await store.removeSource(url: source.url, keepingBookmarks: true))
        #expect(removal.articlesRemoved == 38 && removal.bookmarksKept == 2)
        #expect(try await store.sources().isEmpty)
        #expect(try await store.source(url: source.url) == nil)
        #expect(try await store.sourceOverviews().isEmpty)
        #expect(try await store.articles(ArticleQuery()).map(\.id) == [articles[3].id, articles[7].id])
        #expect(try await store.outboxCount() == 0, "changes of a removed source are never sent")
        try await store.setFlag(.bookmarked, to: false, for: [articles[7].id])
        #expect(try await store.outboxCount() == 0)

        let report = try await store.prune(.keepEverything, now: Self.now)
        #expect(report.articleIDs == [articles[7].id])
        #expect(try await store.articles(ArticleQuery()).map(\.id) == [articles[3].id])

        let back = try await store.addSource(url: source.url)
        #expect(back.id == source.id && back.articleCursor == nil, "subscribing again brings it back, to sync from the start")
        #expect(try await store.sources().map(\.id) == [source.id])
    }

    @Test func removingWithoutKeepingBookmarksRemovesEverything() async throws {
        let (store, _, source, articles) = try await diskCache()
        try await store.setFlag(.bookmarked, to: true, for: [articles[3].id])
        let removal = try #require(try await store.removeSource(url: source.url))
        #expect(removal.articlesRemoved == 40 && removal.bookmarksKept == 0)
        #expect(try await store.articles(ArticleQuery()).isEmpty)
        #expect(try await store.removeSource(url: source.url) == nil)
    }
}

/// Counts calls from a `@Sendable` closure.
private final class Counter: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    /// Adds one; returns the new count.
    @discardableResult
    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
