/// Why an OPML document could not be read at all.
///
/// An outline that cannot be imported is never an error: it is listed in
/// ``OPMLDocument/skipped``. These cases mean the whole document is refused,
/// so an import built on it adds nothing.
///
/// For example:
///
/// ```swift
/// do {
///     print(try OPMLDocument.parse(data).entries.count, "feeds")
/// } catch {
///     switch error {
///     case .notOPML(let root): print("not OPML (root element \(root ?? "none"))")
///     default: print(error)
///     }
/// }
/// ```
public enum OPMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document is empty (or only whitespace).
    case empty
    /// The bytes are not text in the declared encoding.
    case undecodableText(encoding: String)
    /// The document is XML whose root element is not `<opml>`, such as an RSS
    /// feed; `rootElement` is nil when the document is not XML at all.
    case notOPML(rootElement: String?)
    /// The XML is not well-formed (truncated, mismatched tags...); nothing is imported.
    case malformed(line: Int, column: Int, reason: String)
    /// The `<opml>` element has no `<body>`.
    case noBody

    /// One line that says what is wrong, fit for a terminal.
    public var description: String {
        switch self {
        case .empty:
            "the OPML document is empty"
        case .undecodableText(let encoding):
            "the OPML document is not valid \(encoding) text"
        case .notOPML(let rootElement?):
            "not an OPML document (the root element is <\(rootElement)>)"
        case .notOPML(nil):
            "not an OPML document (not XML)"
        case .malformed(let line, let column, let reason):
            "malformed OPML at line \(line), column \(column): \(reason)"
        case .noBody:
            "OPML has no <body>"
        }
    }
}
