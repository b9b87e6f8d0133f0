import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite struct GroupCommitTests {
    @Test(arguments: StoreFactory.flavours)
    func concurrentAppliesAreAllStoredAndOneFailingBatchTakesNoOtherDown(_ flavour: String) async throws {
        let store = try StoreFactory.make(flavour)
        var sources: [Source] = []
        for number in 0..<20 { sources.append(try await store.addSource(url: "http://feed\(number).example/rss")) }
        let ghost = Source(id: 9_999, url: "http://ghost.example/rss")  // no such source: its batch breaks a foreign key
        let results = await withTaskGroup(of: (String, Bool).self) { group in
            for source in sources + [ghost] {
                group.addTask {
                    let batch = ArticleBatch(articles: [StoreFactory.article("a", source: source)])
                    let stored = try? await store.apply(batch, to: source.id, progress: SourceUpdate(etag: .set("\"\(source.id)\"")))
                    return (source.url, stored?.new == 1)
                }
            }
            var results: [String: Bool] = [:]
            for await (url, stored) in group { results[url] = stored }
            return results
        }
        #expect(results[ghost.url] == false, "the broken batch fails")
        #expect(sources.allSatisfy { results[$0.url] == true }, "every other batch is stored: \(results)")
        #expect(try await store.articles(ArticleQuery()).count == 20)
        #expect(try await store.sources().allSatisfy { $0.etag == "\"\($0.id)\"" }, "with its bookkeeping")
    }
}
