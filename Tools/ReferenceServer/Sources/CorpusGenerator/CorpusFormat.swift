/// A feed format the corpus can be written in.
public enum CorpusFormat: String, CaseIterable, Sendable {
    /// RSS 2.0, with the body in `content:encoded`.
    case rss
    /// Atom 1.0, with `xml:lang` on every entry.
    case atom
    /// JSON Feed 1.1.
    case json

    /// The file extension a document of this format usually has.
    public var fileExtension: String {
        switch self {
        case .rss, .atom: "xml"
        case .json: "json"
        }
    }
}
