import Foundation
import ReaderFeeds
import ReaderHTTP
import ReaderModels
import ReaderStore

extension SyncSession {
    /// Items mapped and stored per transaction, so a large document never
    /// exists as articles all at once.
    static let feedChunkSize = 1000

    /// Syncs a plain feed: a conditional GET (unless `firstAnswer` came from
    /// discovery), then the document's items in chunks, the validators saved
    /// with the last. A sync stopped between chunks keeps the old validators,
    /// so the next one fetches the document again and completes it.
    mutating func syncFeed(firstAnswer: HTTPResponse?) async throws(SyncError) {
        var answer: HTTPResponse
        if let firstAnswer {
            answer = firstAnswer
        } else {
            var headers = ["Accept": Self.discoveryAccept]
            if let etag = source.etag, !etag.isEmpty { headers["If-None-Match"] = etag }
            if let lastModified = source.lastModified, !lastModified.isEmpty { headers["If-Modified-Since"] = lastModified }
            report(.articles)
            answer = try await runner.send(HTTPRequest(url: source.url, headers: headers), report: &report)
        }
        if answer.status == 304 {
            report.notModified = true
            return
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(answer.body, contentType: answer.header("Content-Type"))
        } catch {
            throw .feed(source: source.url, error)
        }
        answer.body = Data()  // the items hold the text now
        report.skipped = feed.skipped.map { "item \($0.index + 1): \($0.reason)" }
        let validators = SourceUpdate(
            kind: .feed, title: feed.title, etag: answer.header("ETag") ?? "",
            lastModified: answer.header("Last-Modified") ?? "")
        var seen = Set<ArticleID>()
        var start = 0
        repeat {
            if Task.isCancelled { throw .cancelled }
            let end = min(start + Self.feedChunkSize, feed.items.count)
            let batch = mapping.batch(from: feed, items: start..<end, seen: &seen)
            try await store(batch, progress: end == feed.items.count ? validators : SourceUpdate())
            report(.articles)
            start = end
        } while start < feed.items.count
        report.pages += 1
    }
}
