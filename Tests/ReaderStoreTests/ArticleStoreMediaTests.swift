import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import ReaderTestSupport
import Testing

/// Images, enclosures and a feed's own details in the cache (schema v6).
@Suite struct ArticleStoreMediaTests {
    static let enclosures = [
        Enclosure(url: "https://pod.example.com/ep2.mp3", mimeType: "audio/mpeg", length: 48_213_011, duration: 3723),
        Enclosure(url: "https://pod.example.com/ep2.pdf"),
    ]

    @Test(arguments: StoreFactory.flavours)
    func imageAndEnclosuresAreStoredAndReadBack(_ flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        let source = try await store.addSource(url: "https://pod.example.com/feed.xml")
        var article = StoreFactory.article("ep2", source: source)
        article.imageURL = "https://pod.example.com/ep2.jpg"
        article.enclosures = Self.enclosures
        let plain = StoreFactory.article("ep1", source: source, published: StoreFactory.day.addingTimeInterval(-60))
        _ = try await store.apply(ArticleBatch(articles: [article, plain]), to: source.id)
        #expect(try await store.article(id: article.id)?.article == article)
        #expect(try await store.article(id: plain.id)?.article == plain)

        // A new copy without them replaces them.
        var edited = article
        edited.updated = article.updated.addingTimeInterval(60)
        edited.imageURL = nil
        edited.enclosures = []
        _ = try await store.apply(ArticleBatch(articles: [edited]), to: source.id)
        #expect(try await store.article(id: article.id)?.article == edited)
    }

    @Test func aFeedsDetailsAreKeptPerSource() async throws {
        let store = try StoreFactory.make("disk")
        let source = try await store.addSource(url: "https://pod.example.com/feed.xml")
        try await store.updateSource(
            source.id,
            with: SourceUpdate(
                title: "Patent Talk", homePageURL: "https://pod.example.com/", feedDescription: "A weekly show.",
                language: "en-us", iconURL: "https://pod.example.com/icon.png", logoURL: "https://pod.example.com/logo.png"))
        let saved = try #require(try await store.source(url: source.url))
        #expect(saved.title == "Patent Talk")
        #expect(saved.homePageURL == "https://pod.example.com/")
        #expect(saved.feedDescription == "A weekly show.")
        #expect(saved.language == "en-us")
        #expect(saved.iconURL == "https://pod.example.com/icon.png")
        #expect(saved.logoURL == "https://pod.example.com/logo.png")

        // An update that does not say keeps them.
        try await store.updateSource(source.id, with: SourceUpdate(etag: .set("\"2\"")))
        #expect(try await store.source(url: source.url)?.logoURL == "https://pod.example.com/logo.png")
    }

    /// `Fixtures/databases/v5-podcast.sqlite` is a cache written by `reader`
    /// at schema v5 (before images and enclosures), after syncing
    /// `Fixtures/feeds/links/podcast.xml`.
    @Test func aVersion5CacheOpensWithItsArticlesAndTakesMedia() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-v5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cache.sqlite").path
        try FileManager.default.copyItem(at: Fixtures.url("databases/v5-podcast.sqlite"), to: URL(fileURLWithPath: path))

        let store = try ArticleStore(path: path)
        let entries = try await store.articles(ArticleQuery())
        #expect(entries.map(\.article.title) == ["Episode 2: Utility models", "Episode 1: Hello"])
        #expect(entries.allSatisfy { $0.article.imageURL == nil && $0.article.enclosures.isEmpty })
        let source = try #require(try await store.sources().first)
        #expect(source.title == "Patent Talk" && source.logoURL == nil)

        var episode = try #require(entries.first).article
        episode.updated = episode.updated.addingTimeInterval(60)
        episode.imageURL = "https://pod.example.com/show/art/ep2.jpg"
        episode.enclosures = Self.enclosures
        _ = try await store.apply(ArticleBatch(articles: [episode]), to: source.id)
        #expect(try await store.article(id: episode.id)?.article == episode)
    }
}
