/// What the RSS and Atom parsers implement to read a document streamed by
/// ``XMLFeedReader``.
///
/// The reader reports each element's start and end with its context. When a
/// handler answers a start with a capture mode, the element's content is
/// collected (its children are not reported) and handed over at its end.
protocol XMLFeedHandler: AnyObject {
    /// An element starts; returns how to capture its content, or nil to not capture it.
    func didStart(
        _ element: XMLName, attributes: [String: String], context: XMLElementContext
    ) -> ElementTextCapture.Mode?
    /// An element ends; `text` is its captured content, if it was captured.
    func didEnd(_ element: XMLName, text: String?, context: XMLElementContext)
    /// Whether a chunk of items is ready to be taken.
    var hasFullChunk: Bool { get }
    /// The items read since the last call, with the feed's fields read so far.
    func takeChunk() -> ParsedFeed
    /// Counts the item being read, if one is open, as skipped for `reason`:
    /// the document broke off before its end.
    func skipOpenItem(reason: String)
}
