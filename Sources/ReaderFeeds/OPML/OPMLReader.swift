import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an OPML document (UTF-8 XML) with `XMLParser`, collecting the feed
/// outlines of its body and the folders around them.
///
/// Namespace processing is off: OPML has no namespace, and extension
/// attributes keep their prefixes, so they never collide with `xmlUrl`.
final class OPMLReader: NSObject, XMLParserDelegate {
    /// The document in `data`, read as ``OPMLDocument/parse(_:)`` describes.
    ///
    /// - throws: ``OPMLError/notOPML(rootElement:)``,
    ///   ``OPMLError/malformed(line:column:reason:)`` or ``OPMLError/noBody``.
    static func read(_ data: Data) throws(OPMLError) -> OPMLDocument {
        var reader = OPMLReader()
        reader.read(data)
        if reader.failureCode == LibXML2Error.undeclaredEntity,
            let repaired = XMLEntityRepair.repairingReferences(in: data)
        {
            reader = OPMLReader()
            reader.read(repaired)
        }
        if let failure = reader.failure { throw failure }
        guard reader.hasBody else { throw .noBody }
        return OPMLDocument(title: reader.title, entries: reader.entries, skipped: reader.skipped)
    }

    /// What an open `<outline>` is, for the outlines inside it.
    private enum OpenOutline {
        /// A folder, and the name it gives its feeds (none if it has no name).
        case folder(String?)
        /// A feed, which gives its children nothing.
        case feed
    }

    /// The names of the open elements, root first.
    private var stack: [String] = []
    private var outlines: [OpenOutline] = []
    /// The `<head><title>` being read.
    private var titleCapture: ElementTextCapture?
    private var hasTitle = false
    private var hasBody = false
    /// How many outlines of the body have started, for skip reasons.
    private var outlineCount = 0

    private var title: String?
    private var entries: [OPMLEntry] = []
    private var skipped: [String] = []

    private var failure: OPMLError?
    /// The libxml2 error code of the failure, if it came from the parser.
    private var failureCode: Int?

    private func read(_ data: Data) {
        let parser = XMLParser(stream: DocumentInputStream(reading: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if !parser.parse() && failure == nil {
            fail(parser, code: (parser.parserError as? NSError)?.code ?? 0)
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        if titleCapture != nil {
            titleCapture?.openChild(XMLName(namespace: "", local: elementName), attributes: attributeDict)
            return
        }
        switch (stack.count, stack.last, elementName) {
        case (0, _, "opml"):
            break
        case (0, _, _):
            fail(parser, .notOPML(rootElement: elementName))
            return
        case (1, _, "body"):
            hasBody = true
        case (2, "head", "title") where !hasTitle:
            titleCapture = ElementTextCapture(mode: .text)
        case (_, _, "outline") where stack.count >= 2 && stack[1] == "body":
            outlineCount += 1
            outlines.append(openOutline(OPMLOutlineAttributes(attributeDict), line: parser.lineNumber))
        default:
            break
        }
        stack.append(elementName)
    }

    /// Records the outline that just started: a feed entry, a skipped feed, or a folder.
    private func openOutline(_ attributes: OPMLOutlineAttributes, line: Int) -> OpenOutline {
        guard let url = attributes.value(of: "xmlUrl") else { return .folder(attributes.name) }
        if let problem = OPMLFeedURL.problem(with: url) {
            skipped.append("outline \(outlineCount) (line \(line)): xmlUrl \(url) \(problem)")
        } else {
            entries.append(
                OPMLEntry(
                    url: url, title: attributes.title(besides: url), homePageURL: attributes.value(of: "htmlUrl"),
                    folder: outlines.compactMap { if case .folder(let name) = $0 { name } else { nil } }))
        }
        return .feed
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if let capture = titleCapture {
            guard capture.openChildren == 0 else {
                titleCapture?.closeChild(XMLName(namespace: "", local: elementName))
                return
            }
            let text = capture.text.trimmingCharacters(in: .whitespacesAndNewlines)
            title = text.isEmpty ? nil : text
            hasTitle = true
            titleCapture = nil
        }
        if elementName == "outline", stack.count >= 3, stack[1] == "body" {
            outlines.removeLast()
        }
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        titleCapture?.appendCharacters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        titleCapture?.appendCharacters(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        fail(parser, code: (parseError as NSError).code)
    }

    /// Records the first failure and stops the parser.
    private func fail(_ parser: XMLParser, _ error: OPMLError) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }

    /// Records a parser error as the first failure, if it is.
    private func fail(_ parser: XMLParser, code: Int) {
        guard failure == nil else { return }
        failureCode = code
        fail(
            parser,
            .malformed(line: parser.lineNumber, column: parser.columnNumber, reason: LibXML2Error.message(for: code)))
    }
}
