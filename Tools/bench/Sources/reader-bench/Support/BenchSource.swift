import ReaderCore
@_spi(ReaderInternals) import ReaderStore

/// The source a benchmark cache stores its articles under: a sync endpoint, so
/// that local state changes go through the outbox as they do after `reader sync`.
enum BenchSource {
    /// The URL used unless one is given; nothing listens there.
    static let defaultURL = "http://127.0.0.1:9/bench/api"

    /// Saves `url` in `store` as a sync endpoint and returns it.
    static func open(in store: ArticleStore, url: String = defaultURL) async throws -> Source {
        let added = try await store.addSource(url: url)
        try await store.updateSource(added.id, with: SourceUpdate(kind: .syncEndpoint, title: "reader-bench"))
        guard let source = try await store.source(url: url) else { throw StoreError.sourceNotFound(url) }
        return source
    }
}
