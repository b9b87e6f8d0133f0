/// A namespace-qualified XML element name, as the parser reports it with
/// namespace processing on: `content:encoded` is
/// `(http://purl.org/rss/1.0/modules/content/, encoded)` whatever its prefix.
struct XMLName: Hashable {
    /// The namespace URI; empty for none.
    var namespace: String
    /// The local name.
    var local: String
}

/// The namespaces feeds use.
enum XMLNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    /// Atom 0.3, the draft many feeds still serve (read as Atom 1.0, see ``Atom03Translation``).
    static let atom03 = "http://purl.org/atom/ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let media = "http://search.yahoo.com/mrss/"
    static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
}

/// Where an element sits, for a handler deciding what it means.
struct XMLElementContext {
    /// The enclosing element; nil for the root.
    var parent: XMLName?
    /// The `xml:lang` in scope (the element's own, else inherited).
    var language: String?
    /// The base URL in scope: the element's own `xml:base` resolved against
    /// its parent's, else the inherited one, else the document's URL.
    var base: LinkBase?
}
