/// A list of feed subscriptions in OPML, the format feed readers import and export.
///
/// For example:
///
/// ```swift
/// let document = try OPMLDocument.parse(Data(contentsOf: exportURL))
/// for entry in document.entries { print(entry.folder, entry.url) }
/// for reason in document.skipped { print("skipped", reason) }
///
/// let export = OPMLDocument(title: "Reader subscriptions", entries: document.entries)
/// try export.serialized(created: .now).write(to: backupURL)
/// ```
///
/// ``parse(_:)`` reads OPML 1.0 and 2.0 (any `version`); ``serialized(created:)``
/// writes OPML 2.0 in UTF-8.
///
/// ## Topics
/// ### Reading
/// - ``parse(_:)``
/// - ``OPMLError``
/// ### Writing
/// - ``init(title:entries:skipped:)``
/// - ``serialized(created:)``
public struct OPMLDocument: Sendable, Equatable {
    /// The document's name (`<head><title>`), if it has one.
    public var title: String?
    /// The feeds listed, in document order.
    ///
    /// Duplicates are kept: the same URL listed twice (in two folders, say)
    /// gives two entries, and whoever imports them decides which one counts.
    public var entries: [OPMLEntry]
    /// The feed outlines that were left out, each with a short reason such as
    /// `outline 7 (line 12): xmlUrl ftp://x is not an http or https URL`.
    public var skipped: [String]

    /// Creates a document, for example to export subscriptions.
    public init(title: String? = nil, entries: [OPMLEntry] = [], skipped: [String] = []) {
        self.title = title
        self.entries = entries
        self.skipped = skipped
    }
}
