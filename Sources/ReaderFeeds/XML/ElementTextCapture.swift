/// Collects the content of one element while the SAX parser streams it, up to
/// ``FieldLimits/maxFieldBytes`` (the rest is dropped).
///
/// Shared by the RSS and Atom parsers: they say which elements to capture and
/// how, and receive the text when the element ends.
struct ElementTextCapture {
    /// How to read the element's content.
    enum Mode {
        /// Character data only; child elements' tags are dropped, their text kept.
        case text
        /// Character data is HTML source (escaped HTML, or CDATA); child
        /// elements written unescaped inside are kept as tags.
        case html
        /// The content is XHTML markup (Atom `type="xhtml"`): child elements
        /// become tags, character data is escaped, and a wrapping
        /// `<div xmlns="http://www.w3.org/1999/xhtml">` is left out, as RFC 4287 says.
        case xhtml
    }

    let mode: Mode
    /// The content so far.
    private(set) var text = ""
    private var remainingBytes = FieldLimits.maxFieldBytes
    /// How many child elements are open inside the captured element.
    private(set) var openChildren = 0
    private var isInsideXHTMLWrapper = false

    /// A capture reading content as `mode` says.
    init(mode: Mode) {
        self.mode = mode
    }

    /// Adds character data.
    mutating func appendCharacters(_ characters: String) {
        append(mode == .xhtml ? HTMLText.escaped(characters) : characters)
    }

    /// Notes a child element's start tag, keeping it as a tag except in text mode.
    mutating func openChild(_ name: XMLName, attributes: [String: String]) {
        defer { openChildren += 1 }
        if mode == .xhtml, openChildren == 0, name.local == "div", name.namespace == XMLNamespace.xhtml,
            text.allSatisfy(\.isWhitespace)
        {
            isInsideXHTMLWrapper = true
            return
        }
        guard mode != .text else { return }
        var tag = "<" + name.local
        for key in attributes.keys.sorted() {
            tag += " \(key)=\"\(HTMLText.escaped(attributes[key] ?? ""))\""
        }
        append(tag + ">")
    }

    /// Notes a child element's end tag.
    mutating func closeChild(_ name: XMLName) {
        openChildren -= 1
        if isInsideXHTMLWrapper && openChildren == 0 {
            isInsideXHTMLWrapper = false
            return
        }
        guard mode != .text, !HTMLElements.void.contains(name.local) else { return }
        append("</" + name.local + ">")
    }

    private mutating func append(_ piece: String) {
        guard remainingBytes > 0 else { return }
        let count = piece.utf8.count
        if count <= remainingBytes {
            text += piece
            remainingBytes -= count
        } else {
            text += FieldLimits.clamped(piece, maxBytes: remainingBytes)
            remainingBytes = 0
        }
    }
}
