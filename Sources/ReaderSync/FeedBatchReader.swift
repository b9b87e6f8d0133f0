import Foundation
import ReaderFeeds
import ReaderHTTP
import ReaderModels
@_spi(ReaderInternals) import ReaderStore

/// Reads a feed document on a thread of its own, mapping, tagging and
/// preparing the search text of its items there chunk by chunk, and hands the
/// sync one batch at a time: all that work on the next chunk overlaps storing
/// the one before, and at most two batches wait, so a large document never
/// exists as articles all at once.
final class FeedBatchReader: Sendable {
    /// Where the document is.
    enum Document: Sendable {
        /// In memory.
        case data(Data)
        /// In the file the transport wrote it to, read from there as it is parsed.
        case file(BodyFile)

        /// The body of `response`, wherever the transport put it.
        init(_ response: HTTPResponse) {
            self = response.bodyFile.map(Document.file) ?? .data(response.body)
        }
    }

    /// One chunk of the document, mapped.
    struct Chunk: Sendable {
        /// The chunk's articles, duplicates of earlier items left out.
        var batch: ArticleBatch
        /// The feed's own details (title, home page, description, language,
        /// icon, logo) as read so far: the whole document's in the last chunk.
        var details: SourceUpdate
        /// The chunk's items that were skipped, and why.
        var skipped: [SkippedItem]
        /// Why the document broke off before its end (in the last chunk), if it did.
        var damage: FeedParseError?
    }

    private let handOff = BoundedHandOff<Chunk, FeedParseError>(capacity: 2)

    /// Starts reading `document` (with its HTTP `contentType`, fetched from
    /// `baseURL` after redirects) in chunks of `chunkSize` items, mapping them
    /// with `mapping`.
    init(document: Document, contentType: String?, baseURL: String, mapping: ArticleMapping, chunkSize: Int) {
        let handOff = handOff
        let thread = Thread {
            var seen = Set<ArticleID>()
            let receive = { (chunk: ParsedFeed) -> Bool in
                let batch = mapping.batch(from: chunk, seen: &seen)
                return handOff.send(
                    Chunk(
                        batch: batch, details: ArticleMapping.details(of: chunk), skipped: chunk.skipped,
                        damage: chunk.damage))
            }
            do throws(FeedParseError) {
                switch document {
                case .data(let data):
                    try FeedParser.read(
                        data, contentType: contentType, baseURL: baseURL, chunkSize: chunkSize, receive: receive)
                case .file(let file):
                    try FeedParser.read(
                        contentsOf: file.url, contentType: contentType, baseURL: baseURL, chunkSize: chunkSize,
                        receive: receive)
                }
                handOff.finish()
            } catch {
                handOff.finish(throwing: error)
            }
        }
        thread.name = "reader.feed-reader"
        thread.start()
    }

    /// The next chunk, or nil after the last.
    /// - throws: ``FeedParseError`` when the document cannot be read further.
    func next() async throws(FeedParseError) -> Chunk? {
        try await handOff.next()
    }

    /// Stops reading: the thread ends at its next chunk.
    func cancel() {
        handOff.cancel()
    }
}
