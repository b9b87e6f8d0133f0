public import ReaderModels

/// What ``ArticleStore/prune(_:now:dryRun:)`` removed, or would remove in a dry run.
///
/// A dry run and the prune that follows it with the same policy and time
/// report the same ``sources``, ``articleIDs``, ``contentBytes`` and
/// ``statesDropped``; only a prune measures the file.
///
/// For example:
///
/// ```swift
/// let report = try await store.prune(policy, dryRun: true)
/// for source in report.sources { print(source.url, source.articles) }
/// print(report.articles, "articles,", report.contentBytes, "bytes of text")
/// ```
public struct PruneReport: Sendable, Equatable {
    /// The articles removed from one source.
    public struct SourceCount: Sendable, Equatable {
        /// The source.
        public var sourceID: SourceID
        /// Its URL.
        public var url: String
        /// How many of its articles were removed.
        public var articles: Int

        /// Creates a count.
        public init(sourceID: SourceID, url: String, articles: Int) {
            self.sourceID = sourceID
            self.url = url
            self.articles = articles
        }
    }

    /// Whether nothing was removed because it was a dry run.
    public var isDryRun: Bool
    /// The sources that lost articles, in the order they were added.
    public var sources: [SourceCount]
    /// Every article removed, newest first.
    public var articleIDs: [ArticleID]
    /// The bytes of text (titles, summaries, HTML, search text) of the removed articles.
    public var contentBytes: Int
    /// Read and bookmark state rows dropped: those of articles pruned longer
    /// ago than ``RetentionPolicy/stateRetention`` that never came back.
    public var statesDropped: Int
    /// The cache file's size (with its write-ahead log) before the prune;
    /// `nil` in a dry run and in memory.
    public var fileBytesBefore: Int?
    /// The cache file's size after the prune gave the free pages back; `nil`
    /// in a dry run and in memory.
    public var fileBytesAfter: Int?

    /// How many articles were removed.
    public var articles: Int { articleIDs.count }

    /// Creates a report.
    public init(
        isDryRun: Bool, sources: [SourceCount], articleIDs: [ArticleID], contentBytes: Int, statesDropped: Int,
        fileBytesBefore: Int? = nil, fileBytesAfter: Int? = nil
    ) {
        self.isDryRun = isDryRun
        self.sources = sources
        self.articleIDs = articleIDs
        self.contentBytes = contentBytes
        self.statesDropped = statesDropped
        self.fileBytesBefore = fileBytesBefore
        self.fileBytesAfter = fileBytesAfter
    }
}

extension PruneReport {
    /// Adds what a later batch of the same prune removed: its articles after
    /// these (older), its counts to the sources', in the order they were added.
    mutating func add(_ batch: PruneReport) {
        articleIDs += batch.articleIDs
        contentBytes += batch.contentBytes
        statesDropped += batch.statesDropped
        for count in batch.sources {
            if let index = sources.firstIndex(where: { $0.sourceID == count.sourceID }) {
                sources[index].articles += count.articles
            } else {
                sources.append(count)
            }
        }
        sources.sort { $0.sourceID < $1.sourceID }
    }
}
