import Foundation
@_spi(ReaderInternals) import ReaderStore
import ReaderCore
import ReaderTestSupport
import Testing

@Suite struct SyncEngineEndpointTests {
    private func engine(_ transport: ScriptedTransport, pageSize: Int = 3) throws -> (SyncEngine, ArticleStore) {
        let store = try ArticleStore.makeInMemory()
        return (SyncEngine(store: store, transport: transport, policy: quickRetries, pageSize: pageSize), store)
    }

    @Test func pullsEveryPageAndSavesTheCursor() async throws {
        let endpoint = FakeEndpoint(articles: (1...7).map { FakeEndpoint.article($0) })
        let transport = ScriptedTransport { request, _ in endpoint.answer(request) }
        let (engine, store) = try engine(transport)
        let source = try await store.addSource(url: FakeEndpoint.url + "/")
        let report = try await engine.sync(source)
        #expect(report.kind == .syncEndpoint)
        #expect(report.articles == ApplyResult(new: 7))
        #expect(report.pages == 3)
        let saved = try #require(try await store.source(url: FakeEndpoint.url))
        #expect(saved.articleCursor == "7" && saved.kind == .syncEndpoint && saved.lastSyncedAt != nil)
        let titles = try await store.articles(ArticleQuery()).map(\.article.title)
        #expect(titles == (1...7).reversed().map { "Patent news \($0)" })
        // Tagged from the text, since the endpoint sent no provinces: Kunming is in Yunnan.
        #expect(try await store.articles(ArticleQuery(province: .yunnan)).count == 7)
        let urls = await transport.requests.map(\.url)
        #expect(urls.contains("http://sync.example/api/v1/articles?cursor=3&limit=3"))
        #expect(!urls.contains { $0.contains("//v1") })
    }

    @Test func anArticlesImageAndEnclosuresAreStoredWhenTheServerSendsThem() async throws {
        var withMedia = FakeEndpoint.article(1)
        withMedia.image = "https://news.example/1.jpg"
        withMedia.enclosures = [Enclosure(url: "https://news.example/1.mp3", mimeType: "audio/mpeg", length: 9, duration: 3)]
        let endpoint = FakeEndpoint(articles: [withMedia, FakeEndpoint.article(2)])
        let transport = ScriptedTransport { request, _ in endpoint.answer(request) }
        let (engine, store) = try engine(transport)
        let source = try await store.addSource(url: FakeEndpoint.url)
        _ = try await engine.sync(source)
        let articles = try await store.articles(ArticleQuery()).map(\.article)
        #expect(articles.map(\.imageURL) == [nil, "https://news.example/1.jpg"])
        #expect(articles.map(\.enclosures) == [[], withMedia.enclosures])
    }

    @Test func overlappingPagesAndRedeliveriesApplyOnce() async throws {
        var endpoint = FakeEndpoint(articles: (1...4).map { FakeEndpoint.article($0) })
        endpoint.articles.insert(FakeEndpoint.article(2), at: 3)  // a duplicate in the next page
        endpoint.articles.append(FakeEndpoint.article(1, title: "Edited", updated: FakeEndpoint.day.addingTimeInterval(999)))
        endpoint.articles.append(FakeEndpoint.article(3))  // an older copy after nothing changed
        let transport = ScriptedTransport { [endpoint] request, _ in endpoint.answer(request) }
        let (engine, store) = try engine(transport)
        let report = try await engine.sync(try await store.addSource(url: FakeEndpoint.url))
        #expect(report.articles == ApplyResult(new: 4, updated: 1, unchanged: 2))
        #expect(try await store.articles(ArticleQuery(search: "edited")).count == 1)
    }

    @Test func tombstonesRetractCachedArticles() async throws {
        var endpoint = FakeEndpoint(articles: (1...3).map { FakeEndpoint.article($0) })
        endpoint.deletedAfter[3] = ["a-2", "never-seen"]
        endpoint.articles.append(FakeEndpoint.article(4))
        let transport = ScriptedTransport { [endpoint] request, _ in endpoint.answer(request) }
        let (engine, store) = try engine(transport)
        let report = try await engine.sync(try await store.addSource(url: FakeEndpoint.url))
        #expect(report.articles.retracted == 1)
        #expect(try await store.articles(ArticleQuery()).map(\.article.remoteID) == ["a-4", "a-3", "a-1"])
    }

    @Test func anExpiredCursorRestartsTheStreamAndKeepsState() async throws {
        let endpoint = FakeEndpoint(articles: (1...5).map { FakeEndpoint.article($0) })
        let transport = ScriptedTransport { request, _ in
            if request.url.contains("cursor=stale") {
                return .success(HTTPResponse(
                    status: 410, body: Data(#"{"error":{"code":"cursor_expired","message":"too old"}}"#.utf8), url: request.url))
            }
            return endpoint.answer(request)
        }
        let (engine, store) = try engine(transport)
        let source = try await store.addSource(url: FakeEndpoint.url)
        _ = try await engine.sync(source)
        let first = try #require(try await store.articles(ArticleQuery(limit: 1)).first)
        try await store.setFlag(.bookmarked, to: true, for: [first.id])
        try await store.updateSource(source.id, with: SourceUpdate(articleCursor: "stale"))
        let report = try await engine.sync(try #require(try await store.source(url: FakeEndpoint.url)))
        #expect(report.restarts == 1)
        #expect(report.articles == ApplyResult(unchanged: 5))
        #expect(try await store.state(of: first.id).isBookmarked)
        #expect(try await store.source(url: FakeEndpoint.url)?.articleCursor == "5")
    }

    @Test func transientFailuresAreRetriedHonouringRetryAfter() async throws {
        let endpoint = FakeEndpoint(articles: (1...2).map { FakeEndpoint.article($0) })
        let transport = ScriptedTransport { request, attempt in
            guard request.url.contains("/v1/articles") else { return endpoint.answer(request) }
            switch attempt {
            case 1: return .success(HTTPResponse(status: 503, headers: ["retry-after": "0"], url: request.url))
            case 2: return .failure(.timedOut("test"))
            case 3: return .success(HTTPResponse(status: 200, body: Data(#"{"articles":[{"id":"#.utf8), url: request.url))
            default: return endpoint.answer(request)
            }
        }
        let (engine, store) = try engine(transport)
        let report = try await engine.sync(try await store.addSource(url: FakeEndpoint.url))
        #expect(report.articles.new == 2)
        #expect(await transport.requests.filter { $0.url.contains("/v1/articles") }.count == 4)
    }

    @Test func persistentFailureGivesUpKeepingAppliedPages() async throws {
        let endpoint = FakeEndpoint(articles: (1...6).map { FakeEndpoint.article($0) })
        let transport = ScriptedTransport { request, _ in
            request.url.contains("cursor=3") ? .success(HTTPResponse(status: 500, url: request.url)) : endpoint.answer(request)
        }
        let (engine, store) = try engine(transport)
        let source = try await store.addSource(url: FakeEndpoint.url)
        await #expect(throws: SyncError.retriesExhausted(source: FakeEndpoint.url, lastCause: "HTTP 500")) {
            try await engine.sync(source)
        }
        #expect(try await store.articles(ArticleQuery()).count == 3)
        let saved = try #require(try await store.source(url: FakeEndpoint.url))
        #expect(saved.articleCursor == "3")
        #expect(saved.lastError?.contains("HTTP 500") == true)
    }

    @Test func theTokenTravelsOnlyInTheAuthorizationHeader() async throws {
        let secret = "s3cret-token"
        let transport = ScriptedTransport { request, _ in
            .success(HTTPResponse(
                status: 401, body: Data(#"{"error":{"code":"unauthorized","message":"a valid token is required"}}"#.utf8),
                url: request.url))
        }
        let (engine, _) = try engine(transport)
        let source = try await engine.addSource(url: FakeEndpoint.url, token: secret)
        #expect(source.hasToken && !String(describing: source).contains(secret))
        do {
            _ = try await engine.sync(source)
            Issue.record("expected a 401 failure")
        } catch {
            #expect(error == .unauthorized(source: FakeEndpoint.url, status: 401, message: "a valid token is required"))
            #expect(!error.description.contains(secret))
        }
        let request = try #require(await transport.requests.first)
        #expect(request.headers["Authorization"] == "Bearer \(secret)")
        #expect(!request.url.contains(secret))
    }

    @Test func theOutboxIsPushedFirstAndClearedOnlyAfterA2xx() async throws {
        let endpoint = FakeEndpoint(articles: [FakeEndpoint.article(1)])
        let transport = ScriptedTransport { request, attempt in
            if request.method == .post && attempt == 1 { return .failure(.connectionRefused("test")) }
            return endpoint.answer(request)
        }
        let (engine, store) = try engine(transport)
        let source = try await store.addSource(url: FakeEndpoint.url)
        _ = try await engine.sync(source)
        let id = try #require(try await store.articles(ArticleQuery()).first?.id)
        try await store.setFlag(.read, to: true, for: [id])
        #expect(try await store.outboxCount() == 1)
        let synced = try #require(try await store.source(url: FakeEndpoint.url))
        let report = try await engine.sync(synced)
        #expect(report.statePushed == 1)
        #expect(try await store.outboxCount() == 0)
        let posts = await transport.requests.filter { $0.method == .post }
        #expect(posts.count == 2)
        let body = try SyncWire.makeDecoder().decode(SyncWire.StatePush.self, from: try #require(posts.last?.body))
        #expect(body.changes.map(\.remoteID) == ["a-1"])
        #expect(body.device == (try await store.deviceID()))
    }
}
