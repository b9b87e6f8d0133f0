import ReaderCore

/// The URL of every saved source, by id: what JSON prints beside a source's number.
enum SourceURLs {
    /// The URLs of the sources `cache` lists.
    static func byID(in cache: ArticleStore) async throws -> [SourceID: String] {
        Dictionary(try await cache.sources().map { ($0.id, $0.url) }) { first, _ in first }
    }
}
