import Foundation
import ReaderFeeds
import ReaderHTTP
import ReaderModels
import ReaderStore

extension SyncSession {
    /// Syncs a plain feed: a conditional GET (unless `firstAnswer` came from
    /// discovery), then the whole document as one batch with its validators.
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
        report.skipped = feed.skipped.map { "item \($0.index + 1): \($0.reason)" }
        let update = SourceUpdate(
            kind: .feed, title: feed.title, etag: answer.header("ETag") ?? "",
            lastModified: answer.header("Last-Modified") ?? "")
        try await apply(mapping.batch(from: feed), progress: update)
        report(.articles)
    }
}
