import Foundation
import ReaderModels
@_spi(ReaderInternals) @testable import ReaderStore
import Testing

@Suite struct ApplyOrderTests {
    private let source = Source(id: 1, url: "https://news.example/feed.xml")

    @Test func articlesAreWrittenOldestFirstWithCopiesInTheirOrder() {
        let day = StoreFactory.day
        let newest = StoreFactory.article("c", source: source, published: day.addingTimeInterval(7200))
        let middle = StoreFactory.article("b", source: source, published: day.addingTimeInterval(3600))
        let edited = StoreFactory.article("b", source: source, title: "Edited", published: day.addingTimeInterval(3600))
        let oldest = StoreFactory.article("a", source: source, published: day)
        let page = [newest, middle, oldest, edited]
        let ordered = ArticleStore.inKeyOrder(page).map { page[$0.position] }
        #expect(ordered.map(\.remoteID) == ["a", "b", "b", "c"])
        #expect(ordered[1].title == "Title" && ordered[2].title == "Edited")
    }

    @Test(arguments: StoreFactory.flavours)
    func aNewestFirstPageStoresWhatAnOldestFirstPageStores(flavour: String) async throws {
        let newestFirst = try StoreFactory.make(flavour)
        let oldestFirst = try StoreFactory.make(flavour)
        let articles = (0..<50).map { index in
            StoreFactory.article(
                "n\(index)", source: source, title: "Patent \(index)",
                published: StoreFactory.day.addingTimeInterval(Double(50 - index) * 60), provinces: [.yunnan])
        }
        for (store, page) in [(newestFirst, articles), (oldestFirst, articles.reversed())] {
            let added = try await store.addSource(url: source.url)
            #expect(try await store.apply(ArticleBatch(articles: page), to: added.id).new == 50)
        }
        let query = ArticleQuery(search: "patent", limit: 100)
        let left = try await newestFirst.articles(query).map(\.article.id)
        let right = try await oldestFirst.articles(query).map(\.article.id)
        #expect(left.count == 50 && left == right)
        #expect(left.first == articles.first?.id)
    }
}
