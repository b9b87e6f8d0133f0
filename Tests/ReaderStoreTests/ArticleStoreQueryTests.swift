import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct ArticleStoreQueryTests {
    private func seeded() async throws -> (ArticleStore, Source) {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let articles = [
            StoreFactory.article("en", source: source, title: "Yunnan patents rise", html: "<p>Invention patents in Kunming.</p>", provinces: [.yunnan]),
            StoreFactory.article("zh", source: source, title: "辽宁省知识产权宣传周", html: "<p>专利申请和商标注册</p>",
                                 published: StoreFactory.day.addingTimeInterval(10), provinces: [.liaoning]),
            StoreFactory.article("both", source: source, title: "Trademark cooperation", html: "<p>版权 and trademarks</p>",
                                 published: StoreFactory.day.addingTimeInterval(-10), provinces: [.yunnan, .liaoning]),
        ]
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)
        return (store, source)
    }

    @Test func filtersByProvince() async throws {
        let (store, source) = try await seeded()
        let yunnan = try await store.articles(ArticleQuery(province: .yunnan)).map(\.article.remoteID)
        #expect(yunnan == ["en", "both"])
        #expect(try await store.articles(ArticleQuery(province: .tibet)).isEmpty)
        #expect(try await store.provinceCounts() == [.yunnan: 2, .liaoning: 2])
        _ = source
    }

    @Test func searchesEnglishWithStemming() async throws {
        let (store, _) = try await seeded()
        #expect(try await store.articles(ArticleQuery(search: "patent")).map(\.article.remoteID) == ["en"])
        #expect(try await store.articles(ArticleQuery(search: "TRADEMARK")).map(\.article.remoteID) == ["both"])
        #expect(try await store.articles(ArticleQuery(search: "patent kunming")).map(\.article.remoteID) == ["en"])
        #expect(try await store.articles(ArticleQuery(search: "patent trademark")).isEmpty)
    }

    @Test func searchesChineseWordsOfTwoOrMoreCharacters() async throws {
        let (store, _) = try await seeded()
        #expect(try await store.articles(ArticleQuery(search: "知识产权")).map(\.article.remoteID) == ["zh"])
        #expect(try await store.articles(ArticleQuery(search: "专利")).map(\.article.remoteID) == ["zh"])
        #expect(try await store.articles(ArticleQuery(search: "版权")).map(\.article.remoteID) == ["both"])
        #expect(try await store.articles(ArticleQuery(search: "产权局")).isEmpty)
        #expect(try await store.articles(ArticleQuery(search: "商")).map(\.article.remoteID) == ["zh"])
    }

    @Test func searchTextCannotInjectFTSSyntax() async throws {
        let (store, _) = try await seeded()
        #expect(try await store.articles(ArticleQuery(search: "\"patent\" ^*:")).map(\.article.remoteID) == ["en"])
        #expect(try await store.articles(ArticleQuery(search: "patent NEAR kunming")).isEmpty)
        #expect(try await store.articles(ArticleQuery(search: "title:patent")).isEmpty)
    }

    @Test func combinesFiltersAndLimits() async throws {
        let (store, _) = try await seeded()
        let zh = ArticleID(sourceURL: "http://feeds.example/rss", remoteID: "zh")
        try await store.setFlag(.read, to: true, for: [zh])
        #expect(try await store.articles(ArticleQuery(province: .liaoning, unreadOnly: true)).map(\.article.remoteID) == ["both"])
        #expect(try await store.articles(ArticleQuery(limit: 1)).map(\.article.remoteID) == ["zh"])
        #expect(try await store.articles(ArticleQuery(since: StoreFactory.day)).map(\.article.remoteID) == ["zh", "en"])
        #expect(try await store.articles(ArticleQuery(search: "trademark", unreadOnly: true, since: StoreFactory.day)).isEmpty)
    }

    @Test func listQueriesUseIndexesNotScans() async throws {
        let (store, _) = try await seeded()
        let province = try await store.queryPlan(for: ArticleQuery(province: .yunnan, limit: 50)).joined(separator: "\n")
        #expect(province.contains("USING PRIMARY KEY (province=?)") && !province.contains("TEMP B-TREE"))
        let search = try await store.queryPlan(for: ArticleQuery(search: "patent", limit: 50)).joined(separator: "\n")
        // FTS5 consumes ORDER BY rowid DESC (index flags 0x40|0x80): no sort of the matches.
        #expect(search.contains("VIRTUAL TABLE INDEX 192:") && !search.contains("TEMP B-TREE"))
        let unread = try await store.queryPlan(for: ArticleQuery(unreadOnly: true, limit: 50)).joined(separator: "\n")
        // Walks rowids (newest first) and stops at the limit: no sort.
        #expect(unread.contains("SCAN a") && !unread.contains("TEMP B-TREE"))
    }
}
