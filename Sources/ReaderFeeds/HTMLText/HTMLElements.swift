/// What Reader needs to know about HTML element names (lowercase).
package enum HTMLElements {
    /// Elements that start a new block of text: words on either side never run together.
    package static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// Elements whose content is not text for a reader (the page head, templates, media fallbacks).
    package static let hidden: Set<String> = ["head", "title", "template", "noscript", "svg", "math", "iframe", "object"]

    /// Elements that never have content or an end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// The heading level of `h1`...`h6`, else nil.
    package static func headingLevel(of name: String) -> Int? {
        let utf8 = Array(name.utf8)
        guard utf8.count == 2, utf8[0] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(utf8[1])
        else { return nil }
        return Int(utf8[1] - UInt8(ascii: "0"))
    }
}
