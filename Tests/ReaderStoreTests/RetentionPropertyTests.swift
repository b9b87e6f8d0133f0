import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import ReaderTestSupport
import Testing

/// Issue 13 (retention), acceptance 4: over random caches and random
/// policies, a prune removes exactly what a model of the rules removes, never
/// a bookmark or a young unread article, and its dry run reports the same.
@Suite struct RetentionPropertyTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000)
    static let day: TimeInterval = 86_400

    @Test(arguments: 0..<40)
    func aPruneRemovesWhatTheRulesSayAndItsDryRunSaysTheSame(seed: UInt64) async throws {
        var random = SeededRandom(seed: seed)
        let cache = try await RandomCache.make(using: &random)
        let policy = RandomCache.policy(for: cache.sources, using: &random)
        let expected = RetentionModel(policy: policy, now: Self.now).removed(from: cache.articles)

        let dryRun = try await cache.store.prune(policy, now: Self.now, dryRun: true)
        #expect(try await cache.store.articles(ArticleQuery()).count == cache.articles.count, "a dry run removes nothing")
        let pruned = try await cache.store.prune(policy, now: Self.now)

        #expect(Set(pruned.articleIDs) == expected, "policy \(policy)")
        #expect(dryRun.articleIDs == pruned.articleIDs && dryRun.sources == pruned.sources)
        #expect(dryRun.contentBytes == pruned.contentBytes && dryRun.statesDropped == pruned.statesDropped)
        #expect(dryRun.isDryRun && !pruned.isDryRun)
        #expect(pruned.sources.reduce(0) { $0 + $1.articles } == pruned.articles)

        let left = try await cache.store.articles(ArticleQuery())
        #expect(Set(left.map(\.id)) == Set(cache.articles.map(\.id)).subtracting(expected))
        for article in cache.articles where article.isBookmarked {
            #expect(left.contains { $0.id == article.id }, "a bookmark was removed")
        }
        if let young = policy.keepUnreadYoungerThan {
            for article in cache.articles where !article.isRead && article.published >= Self.now.addingTimeInterval(-young) {
                #expect(left.contains { $0.id == article.id }, "a young unread article was removed")
            }
        }
        for entry in left {
            let original = try #require(cache.articles.first { $0.id == entry.id })
            #expect(entry.isRead == original.isRead && entry.isBookmarked == original.isBookmarked)
        }
        let again = try await cache.store.prune(policy, now: Self.now)
        #expect(again.articles == 0, "a second prune at the same time finds nothing more")
    }
}

/// What a prune must remove, worked out without SQL: the rules of
/// ``RetentionPolicy`` applied to a list of articles.
struct RetentionModel {
    let policy: RetentionPolicy
    let now: Date

    func removed(from articles: [RandomCache.CachedArticle]) -> Set<ArticleID> {
        var removed: Set<ArticleID> = []
        func removable(_ article: RandomCache.CachedArticle) -> Bool {
            if article.isBookmarked { return false }
            if article.isRead { return true }
            if article.isAccount { return false }
            return policy.keepUnreadYoungerThan.map { article.published < now.addingTimeInterval(-$0) } ?? true
        }
        for article in articles where removable(article) {
            let age = policy.sourceLimits[article.sourceID]?.maxAge ?? policy.limits.maxAge
            if let age, article.published < now.addingTimeInterval(-age) { removed.insert(article.id) }
        }
        func keepNewest(_ count: Int, of scope: [RandomCache.CachedArticle]) {
            let survivors = scope.filter { !removed.contains($0.id) }.sorted { $0.published > $1.published }
            guard survivors.count > count else { return }
            let boundary = count == 0 ? Date.distantFuture : survivors[count - 1].published
            for article in survivors where article.published < boundary && removable(article) {
                removed.insert(article.id)
            }
        }
        for (sourceID, limits) in policy.sourceLimits.sorted(by: { $0.key < $1.key }) {
            if let count = limits.maxCount { keepNewest(count, of: articles.filter { $0.sourceID == sourceID }) }
        }
        if let count = policy.limits.maxCount { keepNewest(count, of: articles) }
        return removed
    }
}

/// A cache of random sources and articles, read and bookmarked at random.
struct RandomCache {
    struct CachedArticle {
        var id: ArticleID
        var sourceID: SourceID
        var published: Date
        var isRead: Bool
        var isBookmarked: Bool
        var isAccount: Bool
    }

    let store: ArticleStore
    let sources: [Source]
    let articles: [CachedArticle]

    /// Up to three feeds and an account's subscription, up to 60 articles
    /// each, published at distinct seconds over the last 400 days.
    static func make(using random: inout SeededRandom) async throws -> RandomCache {
        let store = try ArticleStore.makeInMemory()
        var sources: [Source] = []
        for number in 0..<Int.random(in: 1...3, using: &random) {
            sources.append(try await store.addSource(url: "https://feed\(number).example/rss.xml"))
        }
        let account = try await store.addAccount(url: "https://rss.example/api/greader.php", user: "u", name: "u")
        sources += try await store.saveSubscriptions([AccountSubscription(streamID: "feed/1")], of: account, complete: false)
        var seconds = Set<Int>()
        var articles: [CachedArticle] = []
        for source in sources {
            var batch: [Article] = []
            for number in 0..<Int.random(in: 0...60, using: &random) {
                var second = Int.random(in: 0..<(400 * 86_400), using: &random)
                while !seconds.insert(second).inserted { second += 1 }
                let published = RetentionPropertyTests.now.addingTimeInterval(-TimeInterval(second))
                let article = Article(
                    id: ArticleID(sourceURL: source.url, remoteID: "\(number)"), sourceID: source.id, remoteID: "\(number)",
                    url: nil, title: "Article \(number) of \(source.id)", summary: nil, contentHTML: "<p>text \(number)</p>",
                    published: published, updated: published, provinces: number % 3 == 0 ? [.yunnan] : [])
                batch.append(article)
                articles.append(
                    CachedArticle(
                        id: article.id, sourceID: source.id, published: published, isRead: Bool.random(using: &random),
                        isBookmarked: Int.random(in: 0..<6, using: &random) == 0, isAccount: source.accountID != nil))
            }
            _ = try await store.apply(ArticleBatch(articles: batch), to: source.id)
        }
        try await store.setFlag(.read, to: true, for: articles.filter(\.isRead).map(\.id))
        try await store.setFlag(.bookmarked, to: true, for: articles.filter(\.isBookmarked).map(\.id))
        return RandomCache(store: store, sources: sources, articles: articles)
    }

    /// A policy with each limit set or not at random, and some sources' own limits.
    static func policy(for sources: [Source], using random: inout SeededRandom) -> RetentionPolicy {
        func age() -> TimeInterval? {
            Bool.random(using: &random) ? TimeInterval(Int.random(in: 1...300, using: &random)) * 86_400 : nil
        }
        func count(_ most: Int) -> Int? { Bool.random(using: &random) ? Int.random(in: 0...most, using: &random) : nil }
        var policy = RetentionPolicy(maxAge: age(), maxCount: count(150), keepUnreadYoungerThan: age())
        for source in sources where Int.random(in: 0..<3, using: &random) == 0 {
            policy.sourceLimits[source.id] = RetentionPolicy.Limits(maxAge: age(), maxCount: count(60))
        }
        return policy
    }
}
