import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct ArticleStoreOpenModeTests {
    private let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("reader-open-\(UUID().uuidString)/cache.sqlite").path

    @Test func aReadOnlyStoreReadsWhatAWriterCommittedAndRefusesToWrite() async throws {
        let writer = try ArticleStore(path: path)
        let source = try await writer.addSource(url: "https://news.example/feed.xml")
        let article = StoreFactory.article("a", source: source, title: "Kunming patent fair", provinces: [.yunnan])
        _ = try await writer.apply(ArticleBatch(articles: [article]), to: source.id)
        #expect(try await writer.indexQueuedArticles() == 0)

        let reader = try ArticleStore(path: path, mode: .readOnly)
        #expect(try await reader.articles(ArticleQuery(province: .yunnan)).map(\.article.id) == [article.id])
        #expect(try await reader.articles(ArticleQuery(search: "patent")).count == 1)

        let later = StoreFactory.article("b", source: source, title: "Later", provinces: [.yunnan])
        _ = try await writer.apply(ArticleBatch(articles: [later]), to: source.id)
        #expect(try await reader.articles(ArticleQuery(province: .yunnan)).count == 2)

        await #expect {
            try await reader.setFlag(.read, to: true, for: [article.id])
        } throws: { error in
            guard case StoreError.database = error else { return false }
            return true
        }
        #expect(try await writer.articles(ArticleQuery(unreadOnly: true)).count == 2)
        #expect(try await writer.status().outbox == 0)
    }

    /// A search must index the queue first, so a cache with articles
    /// queued for the index opens for writing, and writes.
    @Test func aReadOnlyOpenOfACacheWithQueuedArticlesSearchesThemAll() async throws {
        let writer = try ArticleStore(path: path)
        let source = try await writer.addSource(url: "https://news.example/feed.xml")
        let article = StoreFactory.article("a", source: source, title: "Kunming patent fair")
        _ = try await writer.apply(ArticleBatch(articles: [article]), to: source.id)
        #expect(try await writer.queuedForSearch() == 1)

        let reader = try ArticleStore(path: path, mode: .readOnly)
        #expect(try await reader.articles(ArticleQuery(search: "patent")).map(\.article.id) == [article.id])
        #expect(try await writer.queuedForSearch() == 0)
        try await reader.setFlag(.read, to: true, for: [article.id])
        #expect(try await writer.articles(ArticleQuery(unreadOnly: true)).isEmpty)
    }

    @Test func aReadOnlyOpenOfAMissingCacheCreatesIt() async throws {
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try ArticleStore(path: path, mode: .readOnly)
        #expect(try await store.articles(ArticleQuery()).isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try await store.status().deviceID.isEmpty == false)
    }

    @Test func aReadExistingOpenOfAMissingCacheCreatesNothing() async throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(throws: StoreError.cacheNotFound(path: path)) { try ArticleStore(path: path, mode: .readExisting) }
        #expect(!FileManager.default.fileExists(atPath: folder))

        let writer = try ArticleStore(path: path)
        _ = try await writer.addSource(url: "https://news.example/feed.xml")
        let reader = try ArticleStore(path: path, mode: .readExisting)
        #expect(try await reader.sources().count == 1)
    }
}
