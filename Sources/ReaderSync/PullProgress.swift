import ReaderModels

/// Watches one pull loop of a sync, the article stream or the state stream,
/// for a server that repeats itself, and counts its pages against
/// ``SyncEngine/maxPagesPerSync``.
///
/// While `has_more` is true, every page must lead somewhere new: a
/// `next_cursor` that is neither the cursor it was asked with nor one this
/// sync followed before, and, within ``stalePagesAllowed`` pages in a row,
/// something this sync has not received yet (an article, or an edit of one,
/// a retraction, a state change). What was received before this sync does not
/// count against a page: after a 410 restart every page holds articles the
/// cache already has, and that is progress. A last page (`has_more` false) may
/// bring the cursor it was asked with: that is a sync at the head of the stream.
struct PullProgress {
    /// Pages in a row that bring nothing new to this sync that are let pass.
    static let stalePagesAllowed = 2

    /// The stream a pull loop follows.
    enum Stream {
        /// `GET {endpoint}/v1/articles`.
        case articles
        /// `GET {endpoint}/v1/state`.
        case state

        /// `an article page`, `a state page`.
        var page: String { self == .articles ? "an article page" : "a state page" }
        /// `article pages`, `state pages`.
        var pages: String { self == .articles ? "article pages" : "state pages" }
    }

    private let stream: Stream
    private var cursors: Set<String> = []
    /// The hash values of every entry received in this sync (an entry is
    /// what a page carries with its version, such as an article id with its
    /// `updated`); a collision at worst lets one stale page pass as news.
    private var received: Set<Int> = []
    private var pages = 0
    private var stalePages = 0

    /// Starts watching the `stream` pull that begins at `cursor`.
    init(_ stream: Stream, from cursor: String?) {
        self.stream = stream
        if let cursor { cursors.insert(cursor) }
    }

    /// Records a page asked for with `cursor` that carries `entries`; returns
    /// the error that must end the sync once this page is stored, if any.
    mutating func record(
        askedWith cursor: String?, nextCursor: String, hasMore: Bool, entries: some Sequence<some Hashable>,
        source: String
    ) -> SyncError? {
        pages += 1
        var news = false
        for entry in entries where received.insert(entry.hashValue).inserted { news = true }
        guard hasMore else { return nil }
        if nextCursor == cursor {
            return .serverRepeatsItself(
                source: source, detail: "\(stream.page)'s next_cursor is the cursor it was asked with, and has_more stays true")
        }
        guard cursors.insert(nextCursor).inserted else {
            return .serverRepeatsItself(
                source: source, detail: "\(stream.page)'s next_cursor is one this sync followed before")
        }
        stalePages = news ? 0 : stalePages + 1
        if stalePages > Self.stalePagesAllowed {
            return .serverRepeatsItself(
                source: source, detail: "\(stalePages) \(stream.pages) in a row brought nothing this sync had not received")
        }
        if pages >= SyncEngine.maxPagesPerSync { return .tooManyPages(source: source, limit: SyncEngine.maxPagesPerSync) }
        return nil
    }
}
