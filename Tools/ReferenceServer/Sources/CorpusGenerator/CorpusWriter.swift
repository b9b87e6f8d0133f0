public import Foundation
import ReaderModels

/// Writes a ``CorpusGenerator`` corpus as one feed document, streamed: the
/// articles are generated and written one at a time through a small buffer,
/// so memory stays flat however many there are.
///
/// The output depends only on the corpus and the format: the same seed gives
/// the same bytes.
///
/// For example:
///
/// ```swift
/// let writer = CorpusWriter(corpus: CorpusGenerator(count: 10_000, seed: 7), format: .atom)
/// try writer.write(to: FileHandle(forWritingTo: url))
/// ```
public struct CorpusWriter: Sendable {
    /// The corpus to write.
    public let corpus: CorpusGenerator
    /// The document format.
    public let format: CorpusFormat

    /// Creates a writer of `corpus` in `format`.
    public init(corpus: CorpusGenerator, format: CorpusFormat) {
        self.corpus = corpus
        self.format = format
    }

    /// The document's title.
    public var title: String { "CNIPA IP News (synthetic corpus, seed \(corpus.seed))" }

    /// Writes the whole document to `handle`, from its current position.
    ///
    /// - throws: ``CorpusWriteError`` if a write fails.
    public func write(to handle: FileHandle) throws(CorpusWriteError) {
        var output = BufferedOutput(handle: handle)
        let template = self.template
        do {
            try output.append(template.header(title: title, updated: corpus.feedUpdated))
            for (index, article) in corpus.articles.enumerated() {
                try output.append(template.entry(article, isFirst: index == 0))
            }
            try output.append(template.footer)
            try output.flush()
        } catch {
            throw CorpusWriteError(reason: error.localizedDescription)
        }
    }

    private var template: any FeedTemplate {
        switch format {
        case .rss: RSSTemplate()
        case .atom: AtomTemplate()
        case .json: JSONFeedTemplate()
        }
    }
}

/// Why a corpus document could not be written.
public struct CorpusWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the file system said.
    public let reason: String

    /// One line that says what went wrong.
    public var description: String { "cannot write the corpus: \(reason)" }
}

/// The text around and of each entry of one feed format.
protocol FeedTemplate: Sendable {
    /// Everything before the first entry.
    func header(title: String, updated: Date) -> String
    /// One entry, with whatever separates it from the one before.
    func entry(_ article: SyncWire.Article, isFirst: Bool) -> String
    /// Everything after the last entry.
    var footer: String { get }
}

/// Collects UTF-8 bytes and writes them to a file in 64 KiB chunks.
struct BufferedOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let chunkSize = 64 * 1024

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    mutating func append(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunkSize { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
