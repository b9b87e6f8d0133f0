/// Which elements and attributes ``SafeHTML`` keeps.
enum SafeHTMLPolicy {
    /// Attributes every kept element may have.
    static let globalAttributes: Set<String> = ["title", "lang", "dir"]

    /// The elements kept, each with the attributes it may have besides the global ones.
    static let elements: [String: Set<String>] = {
        var elements: [String: Set<String>] = [:]
        for name in [
            "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "br", "caption", "center", "cite",
            "code", "dd", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "i", "kbd", "mark", "p", "pre", "rp", "rt", "ruby", "s", "samp", "section",
            "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "tfoot", "thead", "tr",
            "tt", "u", "ul", "var", "wbr",
        ] {
            elements[name] = []
        }
        elements["a"] = ["href", "target"]
        elements["img"] = ["src", "alt", "width", "height"]
        elements["td"] = ["colspan", "rowspan"]
        elements["th"] = ["colspan", "rowspan", "scope"]
        elements["ol"] = ["start", "reversed", "type"]
        elements["li"] = ["value"]
        elements["blockquote"] = ["cite"]
        elements["q"] = ["cite"]
        elements["del"] = ["cite", "datetime"]
        elements["ins"] = ["cite", "datetime"]
        elements["time"] = ["datetime"]
        elements["col"] = ["span"]
        elements["colgroup"] = ["span"]
        elements["details"] = ["open"]
        elements["video"] = ["src", "poster", "controls", "width", "height"]
        elements["audio"] = ["src", "controls"]
        elements["source"] = ["src", "type"]
        return elements
    }()

    /// Elements dropped with everything inside them: code, embedded
    /// documents, forms and foreign markup (whose content is not article text).
    static let droppedWithContent: Set<String> = [
        "applet", "button", "canvas", "datalist", "embed", "form", "frame", "frameset", "head", "iframe", "math",
        "noembed", "noframes", "noscript", "object", "option", "plaintext", "script", "select", "style", "svg",
        "template", "textarea", "title", "xmp",
    ]

    /// Attributes that hold a URL.
    static let urlAttributes: Set<String> = ["href", "src", "cite", "poster"]

    /// Attributes written without a value.
    static let booleanAttributes: Set<String> = ["controls", "open", "reversed"]

    /// Elements a start tag of the same name closes when it is the innermost one open (`<li>a<li>b`).
    static let closedBySibling: Set<String> = ["p", "li", "dt", "dd", "tr", "td", "th"]

    /// The deepest nesting kept: start tags deeper than this are dropped, their text kept.
    static let maxDepth = 256
}
