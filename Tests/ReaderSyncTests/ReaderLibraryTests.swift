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
        var inFlight: Set<String> = []
        for await update in updates {
            if let phase = update.latest?.phase { phases.append(phase) }
            inFlight.formUnion(update.inFlight)
        }
        let results = try await outcomes.value.get()
        #expect(results.count == 2)
        guard case .failed(.transport(let failed, .hostNotFound)) = results[0].status else {
            Issue.record("expected the first source to fail: \(results[0].status)")
            return
        }
        #expect(failed == "http://down.example/feed.xml")
        #expect(results[1].report?.articles.new == 4)
        #expect(phases.contains(.discovering) && phases.contains(.articles) && phases.contains(.pullingState))
        #expect(inFlight == ["http://down.example/feed.xml", FakeEndpoint.url])
        let down = try #require(try await library.store.source(url: "http://down.example/feed.xml"))
        #expect(down.lastError?.contains("host not found") == true)
    }

    @Test func aNewSourceIsKeptOnlyIfItsFirstSyncStoredSomething() async throws {
        let endpoint = FakeEndpoint(articles: (1...6).map { FakeEndpoint.article($0) })
        // The endpoint serves discovery and its articles, but its state route times out.
        let transport = ScriptedTransport { request, _ in
            if request.url.hasPrefix("http://typo.example") { return .success(HTTPResponse(status: 404, url: request.url)) }
            return request.url.contains("/v1/state") ? .failure(.timedOut(request.url)) : endpoint.answer(request)
        }
        let library = try ReaderLibrary.makeInMemory(transport: transport, policy: quickRetries)
        await #expect(throws: SyncError.self) {
            _ = try await library.addSourceAndSync(url: "http://typo.example/feed.xml")
        }
        #expect(try await library.store.source(url: "http://typo.example/feed.xml") == nil, "a typo is not kept")

        let saved = try await library.store.addSource(url: "http://typo.example/other.xml")
        await #expect(throws: SyncError.self) {
            _ = try await library.addSourceAndSync(url: saved.url)
        }
        #expect(try await library.store.source(url: saved.url) != nil, "a source saved before stays")

        await #expect(throws: SyncError.self) {
            _ = try await library.addSourceAndSync(url: FakeEndpoint.url)
        }
        let kept = try #require(try await library.store.source(url: FakeEndpoint.url), "its articles were stored")
        #expect(kept.articleCursor != nil)
        #expect(try await library.store.articles(ArticleQuery()).count == 6)
    }
}
