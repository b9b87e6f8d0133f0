import CorpusGenerator
import Foundation
import Hummingbird
import HummingbirdTesting
import ReaderModels
import ReferenceServerCore
import Testing

@Suite("Sync API: discovery and the article stream")
struct ArticleStreamTests {
    @Test("discovery answers at the endpoint, with and without a trailing slash")
    func discovery() async throws {
        try await withServer(configure: { configuration, _ in
            configuration.title = "CNIPA News"
            configuration.pageLimitMax = 250
        }) { client in
            for uri in ["/api", "/api/"] {
                let response = try await client.get(uri)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let discovery = try response.decoded(as: SyncWire.Discovery.self)
                #expect(discovery == SyncWire.Discovery(title: "CNIPA News", pageLimitMax: 250))
            }
        }
    }

    @Test("paging through a corpus reaches the end with has_more false, in change order")
    func pagesToTheEnd() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 1234 }) { client in
            var stream = ReplayedStream()
            try await client.pullArticles(into: &stream, limit: 100)
            #expect(stream.pages == 13)
            #expect(stream.deliveries == 1234)
            let expected = Set(CorpusGenerator(count: 1234, seed: 1).articles.map(\.id))
            #expect(Set(stream.articles.keys) == expected)
            #expect(stream.articles.values.allSatisfy { !($0.provinces ?? []).isEmpty })

            let tail = try await client.get("/api/v1/articles?limit=100&cursor=\(stream.cursor ?? "")")
            let page = try tail.decoded(as: SyncWire.ArticlePage.self)
            #expect(page.articles.isEmpty && page.deleted.isEmpty && !page.hasMore)
            #expect(page.nextCursor == stream.cursor)
        }
    }

    @Test("the same cursor answers the same page, byte for byte")
    func cursorIdempotence() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 50 }) { client in
            let first = try await client.get("/api/v1/articles?limit=20")
            let cursor = try first.decoded(as: SyncWire.ArticlePage.self).nextCursor
            let second = try await client.get("/api/v1/articles?limit=20&cursor=\(cursor)")
            let again = try await client.get("/api/v1/articles?limit=20&cursor=\(cursor)")
            #expect(second.body == again.body)
            let page = try second.decoded(as: SyncWire.ArticlePage.self)
            #expect(page.articles.map(\.id) == (21...40).map { "c1-\($0)" })
        }
    }

    @Test("overlap mode re-sends part of each page and still ends with everything")
    func overlappingPages() async throws {
        try await withServer(configure: { configuration, _ in
            configuration.corpusCount = 300
            configuration.faults.overlap = true
        }) { client in
            var stream = ReplayedStream()
            var previous: Set<String> = []
            var overlaps = 0
            while true {
                let uri = "/api/v1/articles?limit=40" + (stream.cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await client.get(uri).decoded(as: SyncWire.ArticlePage.self)
                let ids = Set(page.articles.map(\.id))
                if !ids.isDisjoint(with: previous) { overlaps += 1 }
                previous = ids
                stream.apply(page)
                if !page.hasMore { break }
            }
            #expect(overlaps >= 5)
            #expect(stream.deliveries > 300)
            #expect(stream.articles.count == 300)
        }
    }

    @Test("an edit is delivered again after the cursor, with a later updated")
    func editsAreRedelivered() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 100 }) { client in
            var stream = ReplayedStream()
            try await client.pullArticles(into: &stream)
            let before = stream.articles
            let edited = try await client.post("/admin/edit-random", json: ["count": 5, "seed": 8], headers: .admin)
                .decoded(as: AffectedIDs.self).ids
            #expect(edited.count == 5)

            let page = try await client.get("/api/v1/articles?cursor=\(stream.cursor ?? "")")
                .decoded(as: SyncWire.ArticlePage.self)
            #expect(Set(page.articles.map(\.id)) == Set(edited))
            for article in page.articles {
                let old = try #require(before[article.id])
                #expect(article.updated > old.updated)
                #expect(article.title.hasSuffix("[rev 1]"))
                #expect(article.published == old.published)
            }
        }
    }

    @Test("a retraction arrives in deleted, and a republished id comes back")
    func tombstones() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 30 }) { client in
            var stream = ReplayedStream()
            try await client.pullArticles(into: &stream)
            let retracted = try #require(stream.articles["c1-7"])
            let delete = try await client.execute(uri: "/admin/articles/c1-7", method: .delete, headers: .admin)
            #expect(delete.status == .ok)
            let again = try await client.execute(uri: "/admin/articles/c1-7", method: .delete, headers: .admin)
            #expect(again.status == .notFound)

            let page = try await client.get("/api/v1/articles?cursor=\(stream.cursor ?? "")")
                .decoded(as: SyncWire.ArticlePage.self)
            #expect(page.deleted == ["c1-7"])
            #expect(page.articles.isEmpty)
            stream.apply(page)
            #expect(stream.articles["c1-7"] == nil)

            var fresh = ReplayedStream()
            try await client.pullArticles(into: &fresh)
            #expect(fresh.articles.count == 29)

            let republish = try await client.post("/admin/articles", json: retracted, headers: .admin)
            #expect(try republish.decoded(as: AffectedIDs.self).ids == ["c1-7"])
            try await client.pullArticles(into: &stream)
            #expect(stream.articles["c1-7"]?.title == retracted.title)
        }
    }

    @Test("a cursor before pruned tombstones answers 410 cursor_expired; a fresh start still works")
    func retentionExpiresOldCursors() async throws {
        try await withServer(configure: { configuration, _ in
            configuration.corpusCount = 10
            configuration.retention = 3
        }) { client in
            var old = ReplayedStream()
            try await client.pullArticles(into: &old)
            for id in ["c1-1", "c1-2", "c1-3", "c1-4", "c1-5"] {
                _ = try await client.execute(uri: "/admin/articles/\(id)", method: .delete, headers: .admin)
            }
            let expired = try await client.get("/api/v1/articles?cursor=\(old.cursor ?? "")")
            #expect(expired.status == .gone)
            #expect(expired.errorCode == "cursor_expired")

            // A stream started after the pruning pages through positions before
            // the horizon: it never held the pruned articles, so it is served.
            var fresh = ReplayedStream()
            try await client.pullArticles(into: &fresh, limit: 1)
            #expect(fresh.pages == 8, "5 live articles and the 3 tombstones retention keeps, one a page")
            #expect(Set(fresh.articles.keys) == Set((6...10).map { "c1-\($0)" }))
            let current = try await client.get("/api/v1/articles?cursor=\(fresh.cursor ?? "")")
            #expect(current.status == .ok)

            // A pruning after that start expires the new stream's cursors too.
            let firstPage = try await client.get("/api/v1/articles?limit=1")
            let midway = try firstPage.decoded(as: SyncWire.ArticlePage.self)
            #expect(midway.hasMore)
            for id in ["c1-6", "c1-7", "c1-8", "c1-9"] {
                _ = try await client.execute(uri: "/admin/articles/\(id)", method: .delete, headers: .admin)
            }
            let stale = try await client.get("/api/v1/articles?cursor=\(midway.nextCursor)")
            #expect(stale.status == .gone)
        }
    }

    @Test("--expire-cursor and a cursor past the head answer 410")
    func injectedAndForeignCursorsExpire() async throws {
        let cursor = "YTE6NQ"  // a1:5
        try await withServer(configure: { configuration, _ in
            configuration.corpusCount = 10
            configuration.faults.expiredCursors = [cursor]
        }) { client in
            let injected = try await client.get("/api/v1/articles?cursor=\(cursor)")
            #expect(injected.status == .gone)
            #expect(injected.errorCode == "cursor_expired")
            let foreign = try await client.get("/api/v1/articles?cursor=YTE6OTk5")  // a1:999
            #expect(foreign.status == .gone)
            let valid = try await client.get("/api/v1/articles?cursor=YTE6Ng")  // a1:6
            #expect(try valid.decoded(as: SyncWire.ArticlePage.self).articles.map(\.id) == (7...10).map { "c1-\($0)" })
        }
    }

    @Test("malformed requests answer 400 with a JSON error", arguments: [
        "/api/v1/articles?limit=0", "/api/v1/articles?limit=1001", "/api/v1/articles?limit=ten",
        "/api/v1/articles?cursor=not-a-cursor", "/api/v1/articles?cursor=czE6Mw",  // s1:3, a state cursor
        "/api/v1/state?cursor=YTE6Mw", "/api/v1/state?limit=-1",
    ])
    func badRequests(uri: String) async throws {
        try await withServer { client in
            let response = try await client.get(uri)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "bad_request")
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test("unknown paths answer 404 with a JSON error")
    func notFound() async throws {
        try await withServer { client in
            for uri in ["/api/v2/articles", "/nothing", "/admin/nothing"] {
                let response = try await client.get(uri, headers: .admin)
                #expect(response.status == .notFound)
                #expect(response.errorCode == "not_found")
            }
        }
    }

    @Test("article pages carry an ETag and answer 304 to it until the stream changes")
    func articlePageETag() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 20 }) { client in
            let first = try await client.get("/api/v1/articles?limit=50")
            let tag = try #require(first.headers[.eTag])
            let cursor = try first.decoded(as: SyncWire.ArticlePage.self).nextCursor
            let tail = try await client.get("/api/v1/articles?limit=50&cursor=\(cursor)")
            let tailTag = try #require(tail.headers[.eTag])

            let same = try await client.get("/api/v1/articles?limit=50", headers: [.ifNoneMatch: tag])
            #expect(same.status == .notModified)
            #expect(same.body.readableBytes == 0)
            let weak = try await client.get("/api/v1/articles?limit=50", headers: [.ifNoneMatch: "W/\(tag)"])
            #expect(weak.status == .notModified)
            let otherLimit = try await client.get("/api/v1/articles?limit=49", headers: [.ifNoneMatch: tag])
            #expect(otherLimit.status == .ok)

            _ = try await client.post("/admin/publish-random", json: ["count": 1, "seed": 4], headers: .admin)
            let changed = try await client.get(
                "/api/v1/articles?limit=50&cursor=\(cursor)", headers: [.ifNoneMatch: tailTag])
            #expect(changed.status == .ok)
            #expect(try changed.decoded(as: SyncWire.ArticlePage.self).articles.map(\.id) == ["p4-1"])
        }
    }

    @Test("pages are gzip-encoded when the client accepts it")
    func gzipPages() async throws {
        try await withServer(configure: { configuration, _ in configuration.corpusCount = 40 }) { client in
            let plain = try await client.get("/api/v1/articles")
            let zipped = try await client.get("/api/v1/articles", headers: [.acceptEncoding: "gzip, deflate"])
            let refused = try await client.get("/api/v1/articles", headers: [.acceptEncoding: "gzip;q=0, br"])
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(refused.headers[.contentEncoding] == nil)
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            #expect(zipped.body.readableBytes * 3 < plain.body.readableBytes)
            #expect(try gunzipped(zipped.body) == plain.body)
            #expect(zipped.headers[.eTag] != plain.headers[.eTag])
            let revalidated = try await client.get(
                "/api/v1/articles", headers: [.ifNoneMatch: try #require(zipped.headers[.eTag])])
            #expect(revalidated.status == .notModified)
        }
    }
}
