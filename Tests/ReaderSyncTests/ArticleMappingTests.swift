import Foundation
import ReaderModels
import ReaderProvinces
@_spi(ReaderInternals) import ReaderStore
@testable import ReaderSync
import Testing

/// How a Sync API page becomes cached articles.
@Suite struct ArticleMappingTests {
    let mapping = ArticleMapping(
        source: Source(id: 1, url: "https://news.example/api"), tagger: .standard,
        now: Date(timeIntervalSince1970: 1_587_369_600))

    func article(provinces: [String]?) -> SyncWire.Article {
        let date = Date(timeIntervalSince1970: 1_587_369_600)
        return SyncWire.Article(
            id: "a-1", url: "https://news.example/a-1", title: "Publicity week in Yunnan", published: date,
            updated: date, summary: "Kunming hosts the week.", provinces: provinces)
    }

    /// The contract's province names are canonical: other spellings, which the
    /// CLI's `--province` would accept, are not names on the wire and are ignored.
    @Test func takesWireProvincesByTheirCanonicalNamesOnly() {
        let page = SyncWire.ArticlePage(
            articles: [article(provinces: ["Inner Mongolia", "yunnan", "云南", "Yunnan Province", "Atlantis", "Tibet"])],
            deleted: [], nextCursor: "c1", hasMore: false)
        #expect(mapping.batch(from: page).articles.map(\.provinces) == [[.innerMongolia, .tibet]])
    }

    @Test func tagsFromTheTextOnlyWhenTheServerGivesNoProvinces() {
        let untagged = SyncWire.ArticlePage(articles: [article(provinces: nil)], deleted: [], nextCursor: "c1", hasMore: false)
        #expect(mapping.batch(from: untagged).articles.map(\.provinces) == [[.yunnan]])
        let none = SyncWire.ArticlePage(articles: [article(provinces: [])], deleted: [], nextCursor: "c1", hasMore: false)
        #expect(mapping.batch(from: none).articles.map(\.provinces) == [[]])
    }
}
