import Foundation
import ReaderFeeds
import ReaderModels
@_spi(ReaderInternals) import ReaderStore

/// Reads a feed document on a thread of its own, mapping, tagging and
/// preparing the search text of its items there chunk by chunk, and hands the
/// sync one batch at a time: all that work on the next chunk overlaps storing
/// the one before, and at most two batches wait, so a large document never
/// exists as articles all at once.
final class FeedBatchReader: Sendable {
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
    init(document: Data, contentType: String?, baseURL: String, mapping: ArticleMapping, chunkSize: Int) {
        let handOff = handOff
        let thread = Thread {
            var seen = Set<ArticleID>()
            do throws(FeedParseError) {
                try FeedParser.read(document, contentType: contentType, baseURL: baseURL, chunkSize: chunkSize) { chunk in
                    let batch = mapping.batch(from: chunk, seen: &seen)
                    return handOff.send(
                        Chunk(
                            batch: batch, details: ArticleMapping.details(of: chunk), skipped: chunk.skipped,
                            damage: chunk.damage))
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
