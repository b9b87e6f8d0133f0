import Foundation
import ReaderFeeds
import ReaderHTTP
import ReaderModels
@_spi(ReaderInternals) import ReaderStore

extension SyncSession {
    /// Items mapped and stored per transaction, so a large document never
    /// exists as articles all at once.
    static let feedChunkSize = 1000

    /// Feed documents (and answers to discovery) past this many bytes are
    /// written to a temporary file as they arrive and parsed from there, so
    /// a large document is never in memory whole: a 50,000-item RSS document
    /// is about 57 MB.
    static let bodyFileThreshold = 4 << 20

    /// Syncs a plain feed: a conditional GET (unless `firstAnswer` came from
    /// discovery), then the document's items in chunks, each stored while the
    /// next is read and tagged, the validators saved with the last. A sync
    /// stopped between chunks, or a document that breaks off, keeps the old
    /// validators, so the next sync fetches the document again and completes
    /// it: a document broken after some complete items (``ParsedFeed/damage``)
    /// stores those items and reports the damage in ``SyncReport/damage``.
    mutating func syncFeed(firstAnswer: HTTPResponse?) async throws(SyncError) {
        var answer: HTTPResponse
        if let firstAnswer {
            answer = firstAnswer
        } else {
            var headers = ["Accept": Self.discoveryAccept]
            if let etag = source.etag { headers["If-None-Match"] = etag }
            if let lastModified = source.lastModified { headers["If-Modified-Since"] = lastModified }
            announce(.articles)
            answer = try await runner.send(
                HTTPRequest(url: source.url, headers: headers, bodyFileThreshold: Self.bodyFileThreshold),
                report: &report)
        }
        fetched?()
        report.freshFor = HTTPFreshness.lifetime(of: answer, now: Date())
        if answer.status == 304 {
            report.notModified = true
            return
        }
        let reader = FeedBatchReader(
            document: FeedBatchReader.Document(answer), contentType: answer.header("Content-Type"),
            baseURL: answer.url, mapping: mapping, chunkSize: Self.feedChunkSize)
        answer.body = Data()  // the reader holds the document (or its file) until it is read
        answer.bodyFile = nil
        defer { reader.cancel() }
        var pending: FeedBatchReader.Chunk?
        while true {
            let next: FeedBatchReader.Chunk?
            do {
                next = try await reader.next()
            } catch {
                // Keep what came before the break; the old validators make the next sync read it all again.
                if let pending { try await store(pending.batch, progress: SourceUpdate()) }
                throw .feed(source: source.url, error)
            }
            guard let chunk = next else { break }
            if Task.isCancelled { throw .cancelled }
            if let pending {
                try await store(pending.batch, progress: SourceUpdate())
                announce(.articles)
            }
            report.skipped += chunk.skipped.map { "item \($0.index + 1): \($0.reason)" }
            pending = chunk
        }
        var validators = pending?.details ?? SourceUpdate()
        validators.kind = .feed
        if let damage = pending?.damage {
            report.damage = damage.description
        } else {
            validators.etag = ValueChange(answer.header("ETag"))
            validators.lastModified = ValueChange(answer.header("Last-Modified"))
        }
        try await store(pending?.batch ?? ArticleBatch(), progress: validators)
        announce(.articles)
        report.pages += 1
    }
}
