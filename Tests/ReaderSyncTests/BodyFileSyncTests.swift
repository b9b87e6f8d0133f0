import Foundation
import ReaderCore
import ReaderTestSupport
import Synchronization
import Testing

/// Issue 14: a feed document the transport wrote to a file (past the sync's
/// ``HTTPRequest/bodyFileThreshold``) is read from the file, stored like one
/// in memory, and the file is removed once read.
@Suite struct BodyFileSyncTests {
    private static let url = "http://feeds.example/big.xml"

    /// A file the test's transport hands over as a body it wrote.
    private static func bodyFile(_ data: Data) throws -> BodyFile {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reader-test-body-\(UUID().uuidString)")
        try data.write(to: url)
        return BodyFile(owning: url)
    }

    /// A transport that answers every request with `body` from a file,
    /// recording each request's threshold and the file's path.
    private final class FileAnswers: Sendable {
        let thresholds = Mutex<[Int?]>([])
        let paths = Mutex<[String]>([])
    }

    private static func transport(answering body: Data, contentType: String, records: FileAnswers) -> ScriptedTransport {
        ScriptedTransport { request, _ in
            records.thresholds.withLock { $0.append(request.bodyFileThreshold) }
            guard let file = try? bodyFile(body) else { return .failure(.network("no file")) }
            records.paths.withLock { $0.append(file.url.path) }
            return .success(
                HTTPResponse(status: 200, headers: ["content-type": contentType], bodyFile: file, url: request.url))
        }
    }

    @Test func aFeedInAFileIsStoredAndTheFileRemovedOnceRead() async throws {
        let feed = Data(syntheticRSS(count: 2500, title: { "云南专利 \($0)" }).utf8)
        let records = FileAnswers()
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(
            store: store, transport: Self.transport(answering: feed, contentType: "application/rss+xml", records: records),
            policy: quickRetries)
        // A new source: the first answer is discovery's, then read as the feed.
        let report = try await engine.sync(try await store.addSource(url: Self.url))
        #expect(report.kind == .feed && report.articles.new == 2500)
        #expect(try await store.articles(ArticleQuery(province: .yunnan, limit: 5000)).count == 2500)
        #expect(records.thresholds.withLock { $0 } == [4 << 20], "the sync asks for large bodies in a file")
        let paths = records.paths.withLock { $0 }
        #expect(paths.count == 1 && paths.allSatisfy { !FileManager.default.fileExists(atPath: $0) }, "\(paths)")
    }

    @Test func aWebPageInAFileIsReadForItsFeedLinks() async throws {
        let page = Data(
            ("<!DOCTYPE html><html><head><title>IP news</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/news.xml\" title=\"News\"></head>"
                + "<body>\(String(repeating: "<p>Patent news</p>", count: 1000))</body></html>").utf8)
        let records = FileAnswers()
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(
            store: store, transport: Self.transport(answering: page, contentType: "text/html", records: records),
            policy: quickRetries)
        do {
            _ = try await engine.sync(try await store.addSource(url: "http://feeds.example/"))
            Issue.record("a web page is not a feed")
        } catch {
            guard case SyncError.webPage(_, let feeds) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(feeds.map(\.url) == ["http://feeds.example/news.xml"])
        }
    }
}
