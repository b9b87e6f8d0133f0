import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// Issue 16: the search syntax (OR, "phrases", prefix*, -exclusion) on a cache file.
@Suite struct SearchQueryTests {
    private func seeded() async throws -> ArticleStore {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "http://feeds.example/rss")
        let articles = [
            StoreFactory.article("patent", source: source, title: "Yunnan patent office", html: "<p>Invention patents in Kunming.</p>"),
            StoreFactory.article("mark", source: source, title: "Trademark cooperation", html: "<p>Trademarks and copyright.</p>"),
            StoreFactory.article("both", source: source, title: "Patent and trademark week", html: "<p>Intellectual property.</p>"),
            StoreFactory.article("zhPatent", source: source, title: "云南专利申请", html: "<p>知识产权保护</p>"),
            StoreFactory.article("zhMark", source: source, title: "商标注册", html: "<p>知识产权局</p>"),
        ]
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)
        return store
    }

    private func found(_ search: String, in store: ArticleStore) async throws -> Set<String> {
        Set(try await store.articles(ArticleQuery(search: search)).map(\.article.remoteID))
    }

    @Test func orFindsEither() async throws {
        let store = try await seeded()
        #expect(try await found("patent OR trademark", in: store) == ["patent", "mark", "both"])
        #expect(try await found("专利 OR 商标", in: store) == ["zhPatent", "zhMark"])
        #expect(try await found("kunming OR 商标", in: store) == ["patent", "zhMark"])
        #expect(try await found("patent AND trademark", in: store) == ["both"])
    }

    @Test func phrasesMatchWordsInOrder() async throws {
        let store = try await seeded()
        #expect(try await found("\"intellectual property\"", in: store) == ["both"])
        #expect(try await found("\"property intellectual\"", in: store).isEmpty)
        #expect(try await found("\"知识产权保护\"", in: store) == ["zhPatent"])
        #expect(try await found("\"产权局\"", in: store) == ["zhMark"])
        #expect(try await found("Yunnan patent office (Kunming)", in: store) == ["patent"])
    }

    @Test func prefixesMatchWordsThatBeginSo() async throws {
        let store = try await seeded()
        #expect(try await found("pat*", in: store) == ["patent", "both"])
        #expect(try await found("trade*", in: store) == ["mark", "both"])
        #expect(try await found("pat", in: store).isEmpty)
        #expect(try await found("专利*", in: store) == ["zhPatent"])
    }

    @Test func exclusionsLeaveArticlesOut() async throws {
        let store = try await seeded()
        #expect(try await found("patent -trademark", in: store) == ["patent"])
        #expect(try await found("patent NOT trademark", in: store) == ["patent"])
        #expect(try await found("知识产权 -专利", in: store) == ["zhMark"])
        #expect(try await found("知识产权 -\"产权局\"", in: store) == ["zhPatent"])
        #expect(try await found("知识产权 -商", in: store) == ["zhPatent"])
        #expect(try await found("商 -patent", in: store) == ["zhMark"])
        #expect(try await found("pat* -week -kunming", in: store).isEmpty)
    }

    @Test(arguments: [
        ("*", SearchQueryError.noSearchableText(search: "*")),
        ("\"", .noSearchableText(search: "\"")),
        ("  ", .noSearchableText(search: "  ")),
        ("-trademark", .onlyExclusions(search: "-trademark")),
        ("NOT trademark", .onlyExclusions(search: "NOT trademark")),
        ("patent OR -trademark", .onlyExclusions(search: "patent OR -trademark")),
        ("patent OR", .misplacedOperator("OR", search: "patent OR")),
        ("OR patent", .misplacedOperator("OR", search: "OR patent")),
        ("patent NOT", .misplacedOperator("NOT", search: "patent NOT")),
        ("\"patent office", .unclosedQuote(search: "\"patent office")),
        ("(patent OR trademark) kunming",
         .unsupported("parentheses to group OR, AND or NOT", search: "(patent OR trademark) kunming")),
        ("商 OR patent", .unsupported("a one-character Chinese word beside OR", search: "商 OR patent")),
    ])
    func badSearchesThrowWithoutListingAnything(search: String, expected: SearchQueryError) async throws {
        let store = try await seeded()
        #expect(throws: expected) { try SearchQuery(search) }
        await #expect(throws: StoreError.invalidSearch(expected)) { try await store.articles(ArticleQuery(search: search)) }
        await #expect(throws: StoreError.invalidSearch(expected)) { try await store.count(ArticleQuery(search: search)) }
    }

    @Test func everyErrorReadsAsOneLine() {
        let errors: [SearchQueryError] = [
            .noSearchableText(search: "*"), .unclosedQuote(search: "\""), .onlyExclusions(search: "-a"),
            .misplacedOperator("OR", search: "a OR"), .unsupported("parentheses", search: "(a)"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n") && error.description.contains("search"), "\(error)")
        }
    }
}
