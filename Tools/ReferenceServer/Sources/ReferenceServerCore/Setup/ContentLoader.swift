import CorpusGenerator
import ReaderModels

/// Publishes the start-up content of the Sync API: imported feed files, then
/// the synthetic corpus, in batches so memory stays flat in corpus size.
enum ContentLoader {
    /// Articles per write transaction.
    static let batchSize = 1000

    /// Loads what `configuration` names into `store`. Articles already stored
    /// unchanged keep their change numbers, so restarting on the same
    /// database changes nothing.
    static func load(_ configuration: ServerConfiguration, into store: ServerStore) async throws(ServerSetupError) {
        for path in configuration.importPaths {
            let articles = try FeedImport.articles(fromFileAt: path)
            try await publish(articles, into: store)
        }
        guard let count = configuration.corpusCount, count > 0 else { return }
        let corpus = CorpusGenerator(count: count, seed: configuration.corpusSeed)
        for start in stride(from: 0, to: count, by: batchSize) {
            let batch = (start..<min(start + batchSize, count)).map(corpus.article(at:))
            try await publish(batch, into: store)
        }
    }

    private static func publish(_ articles: [SyncWire.Article], into store: ServerStore)
        async throws(ServerSetupError)
    {
        do {
            _ = try await store.publish(articles, updated: .asGiven, crawl: .withEarlier)
        } catch {
            throw .database(error.description)
        }
    }
}
