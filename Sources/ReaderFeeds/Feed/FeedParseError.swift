/// Why a feed document could not be read at all.
///
/// A single broken item is never an error: it is counted in
/// ``ParsedFeed/skipped``. These cases mean the whole document is unusable,
/// and nothing already cached is touched; the same value, as
/// ``ParsedFeed/damage``, says why a document broke off after some complete
/// items.
///
/// For example:
///
/// ```swift
/// do {
///     print(try FeedParser.parse(data).items.count, "items")
/// } catch {
///     switch error {
///     case .unrecognizedFormat(let hint): print("not a feed: \(hint)")
///     default: print("unreadable feed: \(error)")
///     }
/// }
/// ```
public enum FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document is empty.
    case empty
    /// The bytes are not text in the declared (or any supported) encoding.
    case undecodableText(encoding: String)
    /// The document is neither RSS, Atom nor JSON Feed (for example an HTML page).
    case unrecognizedFormat(hint: String)
    /// The XML is not well-formed (truncated, mismatched tags...).
    case malformedXML(line: Int, column: Int, message: String)
    /// The JSON is not valid, or not a JSON Feed.
    case malformedJSON(message: String)
    /// The document's file (``FeedParser/read(contentsOf:contentType:baseURL:chunkSize:receive:)``)
    /// could not be read.
    case unreadableFile(path: String)

    /// One line that says what is wrong.
    public var description: String {
        switch self {
        case .empty:
            "the document is empty"
        case .undecodableText(let encoding):
            "the document is not valid \(encoding) text"
        case .unrecognizedFormat(let hint):
            "not an RSS, Atom or JSON feed (\(hint))"
        case .malformedXML(let line, let column, let message):
            "malformed XML at line \(line), column \(column): \(message)"
        case .malformedJSON(let message):
            "malformed JSON feed: \(message)"
        case .unreadableFile(let path):
            "the document's file \(path) cannot be read"
        }
    }
}
