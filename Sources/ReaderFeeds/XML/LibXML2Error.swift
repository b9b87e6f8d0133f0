/// Messages for the libxml2 error codes (`xmlParserErrors`) that `XMLParser`
/// reports; Apple's `NSXMLParser.ErrorCode` uses the same numbers.
enum LibXML2Error {
    /// `XML_ERR_UNDECLARED_ENTITY`: an entity such as `&nbsp;` that XML does not define.
    static let undeclaredEntity = 26
    /// `XML_ERR_ENTITYREF_SEMICOL_MISSING`: `&name` without `;`, as in `?a=1&b=2`.
    static let referenceWithoutSemicolon = 23
    /// `XML_ERR_NAME_REQUIRED`: `&` (or `<`) not followed by a name, as in `Q&A` written `Q & A`.
    static let nameRequired = 68
    /// The errors ``XMLEntityRepair`` can mend: an undeclared entity or a bare `&`.
    static let repairableReferences: Set<Int> = [undeclaredEntity, referenceWithoutSemicolon, nameRequired]

    /// A short explanation of `code`.
    static func message(for code: Int) -> String {
        messages[code] ?? "XML parser error \(code)"
    }

    private static let messages: [Int: String] = [
        4: "the document is empty",
        5: "the document ends early, or has content after its root element",
        9: "invalid character",
        referenceWithoutSemicolon: "entity reference without ';'",
        undeclaredEntity: "undeclared entity",
        38: "'<' in an attribute value",
        41: "attribute without a value",
        nameRequired: "'&' or '<' not followed by a name",
        73: "'>' expected",
        76: "start and end tags do not match",
        77: "unfinished tag",
    ]
}
