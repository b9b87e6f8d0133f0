import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct PreparedSearchTextTests {
    @Test(arguments: StoreFactory.flavours)
    func aPreparedBatchIsFoundLikeAnUnpreparedOne(flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        let prepared = StoreFactory.article("a", source: source, title: "云南专利快讯", html: "<p>Kunming <b>patents</b> rose.</p>")
        let plain = StoreFactory.article("b", source: source, title: "云南商标快讯", html: "<p>Kunming trademarks rose.</p>")
        var batch = ArticleBatch(articles: [prepared])
        batch.prepareSearchText()
        #expect(batch == ArticleBatch(articles: [prepared]))
        _ = try await store.apply(batch, to: source.id)
        _ = try await store.apply(ArticleBatch(articles: [plain]), to: source.id)

        #expect(try await store.articles(ArticleQuery(search: "专利")).map(\.article.id) == [prepared.id])
        #expect(try await store.articles(ArticleQuery(search: "patent")).map(\.article.id) == [prepared.id])
        #expect(try await store.articles(ArticleQuery(search: "商标")).map(\.article.id) == [plain.id])
        #expect(try await store.articles(ArticleQuery(search: "Kunming rose")).count == 2)
    }

    @Test func anArticleChangedAfterPreparingIsIndexedFromItsNewText() async throws {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "https://news.example/feed.xml")
        var batch = ArticleBatch(articles: [StoreFactory.article("a", source: source, title: "Yunnan patents")])
        batch.prepareSearchText()
        batch.articles[0].title = "Harbin trademarks"
        batch.articles[0].contentHTML = "<p>Ice festival.</p>"
        _ = try await store.apply(batch, to: source.id)

        #expect(try await store.articles(ArticleQuery(search: "trademark festival")).count == 1)
        #expect(try await store.articles(ArticleQuery(search: "patent")).isEmpty)
    }
}
