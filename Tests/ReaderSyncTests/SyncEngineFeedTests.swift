import Foundation
import ReaderCore
import ReaderTestSupport
import Testing

@Suite struct SyncEngineFeedTests {
    private static let url = "http://feeds.example/seeds.xml"

    @Test func aFeedSyncsThenAnswers304WithValidators() async throws {
        let feed = try Fixtures.data("feeds/rss/seeds.xml")
        let transport = ScriptedTransport { request, _ in
            if request.headers["If-None-Match"] == "\"v1\"" {
                return .success(HTTPResponse(status: 304, url: request.url))
            }
            return .success(HTTPResponse(
                status: 200, headers: ["etag": "\"v1\"", "content-type": "application/rss+xml"], body: feed, url: request.url))
        }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: transport, policy: quickRetries)
        let first = try await engine.sync(try await store.addSource(url: Self.url))
        #expect(first.kind == .feed && first.articles.new == 2)
        let source = try #require(try await store.source(url: Self.url))
        #expect(source.etag == "\"v1\"" && source.kind == .feed)
        let second = try await engine.sync(source)
        #expect(second.notModified && second.articles == ApplyResult())
        #expect(try await store.articles(ArticleQuery(province: .yunnan)).count == 1)
        #expect(try await store.articles(ArticleQuery(province: .liaoning)).count == 1)
    }

    @Test func aLargeFeedIsStoredInChunksWithItsValidatorsLast() async throws {
        // 2,500 items in three chunks; item 1 appears again near the end, in another chunk.
        let feed = Data(syntheticRSS(count: 2500, guid: { "item-\($0 % 2499)" }).utf8)
        let transport = ScriptedTransport { request, _ in
            .success(HTTPResponse(status: 200, headers: ["etag": "\"big\""], body: feed, url: request.url))
        }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: transport, policy: quickRetries)
        let report = try await engine.sync(try await store.addSource(url: Self.url))
        #expect(report.articles.new == 2499 && report.pages == 1)
        #expect(try await store.articles(ArticleQuery(province: .yunnan, limit: 5000)).count == 2499)
        #expect(try await store.source(url: Self.url)?.etag == "\"big\"")
    }

    @Test func aDocumentThatBreaksOffKeepsItsCompleteItemsButNotItsValidators() async throws {
        let whole = syntheticRSS(count: 2500)
        // Cut inside item 2,200: items 1-2,199 are complete, in three chunks.
        let cut = try #require(whole.range(of: "<guid>item-2200</guid>"))
        let transport = ScriptedTransport { request, attempt in
            let body = attempt == 1 ? String(whole[..<cut.lowerBound]) : whole
            return .success(HTTPResponse(status: 200, headers: ["etag": "\"v\(attempt)\""], body: Data(body.utf8), url: request.url))
        }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: transport, policy: quickRetries)
        let source = try await store.addSource(url: Self.url)
        let damaged = try await engine.sync(source)
        #expect(damaged.articles.new == 2199)
        #expect(damaged.skipped.count == 1 && damaged.skipped[0].hasPrefix("item 2200: the document breaks off in it"))
        #expect(damaged.damage?.hasPrefix("malformed XML at line 1") == true)
        #expect(try await store.articles(ArticleQuery(limit: 5000)).count == 2199)
        let afterBreak = try #require(try await store.source(url: Self.url))
        #expect(afterBreak.etag == nil || afterBreak.etag == "")

        let report = try await engine.sync(afterBreak)
        #expect(await transport.requests.last?.headers["If-None-Match"] == nil)
        #expect(report.articles.new == 301 && report.articles.unchanged == 2199)
        #expect(report.damage == nil)
        #expect(try await store.source(url: Self.url)?.etag == "\"v2\"")
    }

    @Test func aBrokenDocumentFailsAndKeepsTheCache() async throws {
        let good = try Fixtures.data("feeds/rss/seeds.xml")
        let broken = try Fixtures.data("feeds/malformed/truncated.xml")
        let transport = ScriptedTransport { request, attempt in
            .success(HTTPResponse(status: 200, body: attempt == 1 ? good : broken, url: request.url))
        }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: transport, policy: quickRetries)
        _ = try await engine.sync(try await store.addSource(url: Self.url))
        let source = try #require(try await store.source(url: Self.url))
        do {
            _ = try await engine.sync(source)
            Issue.record("expected a feed error")
        } catch {
            guard case .feed(let failing, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(failing == Self.url)
        }
        #expect(try await store.articles(ArticleQuery()).count == 2)
    }
}
