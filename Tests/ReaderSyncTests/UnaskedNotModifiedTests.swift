import Foundation
import ReaderCore
import ReaderCurl
import ReaderTestSupport
import Testing

/// Issue 10: a `304` to a request that sent no validators is a protocol
/// violation, and a first sync that meets it ends like any failed first sync
/// (a `404`, say): a new URL is not kept, a saved one keeps its failure.
@Suite struct UnaskedNotModifiedTests {
    @Test(arguments: [304, 404])
    func aFirstSyncAnsweredWithThisStatusFailsAndStoresNothing(status: Int) async throws {
        let server = try LoopbackHTTPServer { _ in .response(status: status) }
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport(), policy: quickRetries)
        let url = server.url("/feed.xml")
        do {
            let report = try await library.addSourceAndSync(url: url)
            Issue.record("expected HTTP \(status) to fail the first sync: \(report)")
        } catch {
            guard case .http(let source, status, _) = error else {
                Issue.record("expected an HTTP \(status) error: \(error)")
                return
            }
            #expect(source == url)
            if status == 304 { #expect(error.description.contains("sent no validators"), "\(error)") }
        }
        #expect(try await library.store.source(url: url) == nil, "a new URL whose first sync failed is not kept")

        let saved = try await library.store.addSource(url: server.url("/saved.xml"))
        await #expect(throws: SyncError.self) { try await library.sync(saved) }
        let after = try #require(try await library.store.source(url: saved.url), "a saved source stays")
        #expect(after.kind == nil && after.lastSyncedAt == nil && after.consecutiveFailures == 1)
        #expect(after.lastError?.contains("HTTP \(status)") == true, "\(after.lastError ?? "no error")")
        #expect(try await library.store.articles(ArticleQuery()).isEmpty)
    }

    @Test func a304ToAConditionalRequestIsStillNotModified() async throws {
        let server = try LoopbackHTTPServer { request in
            request.headers["if-none-match"] == "\"v1\""
                ? .response(status: 304)
                : .response(status: 200, headers: ["ETag": "\"v1\""], body: try! Fixtures.data("feeds/rss/seeds.xml"))
        }
        defer { server.stop() }
        let library = try ReaderLibrary.makeInMemory(transport: CurlTransport(), policy: quickRetries)
        let first = try await library.addSourceAndSync(url: server.url("/seeds.xml"))
        #expect(first.articles.new == 2)
        let source = try #require(try await library.store.source(url: server.url("/seeds.xml")))
        let second = try await library.sync(source)
        #expect(second.notModified)
    }
}
