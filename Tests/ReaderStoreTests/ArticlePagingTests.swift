import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite("Keyset paging and counts")
struct ArticlePagingTests {
    /// 25 articles a minute apart, every third about Yunnan; some share a second.
    private func seeded() async throws -> (ArticleStore, Source) {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let articles = (0..<25).map { index in
            StoreFactory.article(
                "a\(index)", source: source, title: "Article \(index)",
                published: StoreFactory.day.addingTimeInterval(Double(index / 2) * 60),
                provinces: index % 3 == 0 ? [.yunnan] : [.tibet])
        }
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)
        return (store, source)
    }

    /// Every page of `query` in turn, by the cursor of each page's last entry
    /// (at most 50, so a cursor that does not move fails instead of looping).
    private func pages(of query: ArticleQuery, in store: ArticleStore) async throws -> [[String]] {
        var query = query
        var pages: [[String]] = []
        while pages.count < 50 {
            let page = try await store.articles(query)
            guard !page.isEmpty else { return pages }
            pages.append(page.map(\.article.remoteID))
            query.before = page.last?.cursor
        }
        return pages
    }

    @Test("Pages follow each other without gaps or repeats, newest first, whatever the filters")
    func pagesCoverTheList() async throws {
        let (store, _) = try await seeded()
        for filter in [ArticleQuery(), ArticleQuery(province: .yunnan), ArticleQuery(search: "article")] {
            var paged = filter
            paged.limit = 4
            let pages = try await pages(of: paged, in: store)
            let whole = try await store.articles(filter).map(\.article.remoteID)
            #expect(pages.flatMap { $0 } == whole)
            #expect(pages.dropLast().allSatisfy { $0.count == 4 })
            #expect(try await store.count(paged) == whole.count)
        }
        #expect(try await store.count(ArticleQuery(province: .yunnan)) == 9)
        #expect(try await store.count(ArticleQuery(province: .yunnan), atMost: 5) == 5)
        #expect(try await store.count(ArticleQuery(province: .yunnan), atMost: 50) == 9)
    }

    @Test("The next page stays put while new articles arrive and when its cursor's article is removed")
    func stableWhileArticlesArrive() async throws {
        let (store, source) = try await seeded()
        let first = try await store.articles(ArticleQuery(limit: 5))
        let cursor = try #require(first.last?.cursor)
        let expected = try await store.articles(ArticleQuery(limit: 5, before: cursor)).map(\.article.remoteID)
        let newer = (0..<3).map {
            StoreFactory.article("new\($0)", source: source, published: StoreFactory.day.addingTimeInterval(86_400 + Double($0)))
        }
        _ = try await store.apply(ArticleBatch(articles: newer, retractedIDs: [first[4].id]), to: source.id)
        #expect(try await store.articles(ArticleQuery(limit: 5, before: cursor)).map(\.article.remoteID) == expected)
        #expect(try await store.cursor(of: first[3].id) == first[3].cursor)
        #expect(try await store.cursor(of: first[4].id) == nil)
        #expect(ArticleCursor(cursor.description) == cursor)
        #expect(try await store.count(ArticleQuery(limit: 5, before: cursor)) == 27)
    }

    @Test("Paging through 10,000 articles while a sync adds 500 newer ones returns every older article exactly once")
    func tenThousandWhileASyncAdds() async throws {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let older = (0..<10_000).map { index in
            // Two articles a second, so many share a published time.
            StoreFactory.article("old\(index)", source: source, published: StoreFactory.day.addingTimeInterval(Double(index / 2)))
        }
        _ = try await store.apply(ArticleBatch(articles: older), to: source.id)

        let newest = StoreFactory.day.addingTimeInterval(100_000)
        let sync = Task {
            for batch in 0..<5 {
                let newer = (0..<100).map { index in
                    StoreFactory.article(
                        "new\(batch)-\(index)", source: source, published: newest.addingTimeInterval(Double(batch * 100 + index)))
                }
                _ = try await store.apply(ArticleBatch(articles: newer), to: source.id)
                try await Task.sleep(for: .milliseconds(5))
            }
        }
        var query = ArticleQuery(limit: 250)
        var seen: [String] = []
        while seen.count <= 10_500 {
            let page = try await store.articles(query)
            guard let last = page.last else { break }
            seen += page.map(\.article.remoteID)
            query.before = last.cursor
        }
        try await sync.value

        let olderSeen = seen.filter { $0.hasPrefix("old") }
        #expect(olderSeen.count == 10_000, "every older article once")
        #expect(Set(olderSeen) == Set(older.map(\.remoteID)))
        #expect(seen.dropFirst(250).allSatisfy { $0.hasPrefix("old") }, "newer articles show on the first page only")
        #expect(try await store.count(ArticleQuery()) == 10_500)
    }
}
