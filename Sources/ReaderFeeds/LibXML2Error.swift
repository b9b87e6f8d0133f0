/// Messages for the libxml2 error codes (`xmlParserErrors`) that `XMLParser`
/// reports; Apple's `NSXMLParser.ErrorCode` uses the same numbers.
enum LibXML2Error {
    /// `XML_ERR_UNDECLARED_ENTITY`: an entity such as `&nbsp;` that XML does not define.
    static let undeclaredEntity = 26

    /// A short explanation of `code`.
    static func message(for code: Int) -> String {
        messages[code] ?? "XML parser error \(code)"
    }

    private static let messages: [Int: String] = [
        4: "the document is empty",
        5: "the document ends early, or has content after its root element",
        9: "invalid character",
        23: "entity reference without ';'",
        undeclaredEntity: "undeclared entity",
        38: "'<' in an attribute value",
        41: "attribute without a value",
        68: "'&' or '<' not followed by a name",
        73: "'>' expected",
        76: "start and end tags do not match",
        77: "unfinished tag",
    ]
}
