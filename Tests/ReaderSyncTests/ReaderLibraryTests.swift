import Foundation
import ReaderCore
import ReaderTestSupport
import Testing

@Suite struct ReaderLibraryTests {
    @Test func syncAllReportsProgressAsASequenceAndKeepsGoingAfterAFailure() async throws {
        let endpoint = FakeEndpoint(articles: (1...4).map { FakeEndpoint.article($0) })
        let transport = ScriptedTransport { request, _ in
            request.url.hasPrefix("http://down.example")
                ? .failure(.hostNotFound("down.example")) : endpoint.answer(request)
        }
        let library = try ReaderLibrary.makeInMemory(transport: transport, policy: quickRetries)
        _ = try await library.store.addSource(url: "http://down.example/feed.xml")
        _ = try await library.store.addSource(url: FakeEndpoint.url)
        let (updates, outcomes) = library.syncAllWithUpdates()
        var phases: [SyncProgress.Phase] = []
        for await update in updates { phases.append(update.phase) }
        let results = await outcomes.value
        #expect(results.count == 2)
        guard case .failure(.transport(let failed, .hostNotFound)) = results[0].result else {
            Issue.record("expected the first source to fail: \(results[0].result)")
            return
        }
        #expect(failed == "http://down.example/feed.xml")
        #expect(try results[1].result.get().articles.new == 4)
        #expect(phases.contains(.discovering) && phases.contains(.articles) && phases.contains(.pullingState))
        let down = try #require(try await library.store.source(url: "http://down.example/feed.xml"))
        #expect(down.lastError?.contains("host not found") == true)
    }
}
