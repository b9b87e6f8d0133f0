import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streams an XML feed through `XMLParser` (SAX, namespace-aware) and hands
/// its elements to the RSS or Atom handler its root element calls for.
///
/// Only the element stack, the one element being captured and the items not
/// yet handed over are held, so memory stays proportional to one chunk of
/// items, not to the document.
final class XMLFeedReader: NSObject, XMLParserDelegate {
    private var handler: (any XMLFeedHandler)?
    private var stack: [(name: XMLName, language: String?, base: LinkBase?)] = []
    private var capture: ElementTextCapture?
    /// Whether the content being captured is base64 (Atom 0.3 `mode="base64"`).
    private var captureIsBase64 = false
    /// Set for an Atom 0.3 document: its elements are read as Atom 1.0.
    private var atom03: Atom03Translation?
    private var failure: FeedParseError?
    /// Items in the chunks handed over so far.
    private var itemsHandedOver = 0

    /// The libxml2 error code of the first failure, if it came from the parser.
    private var failureCode: Int?

    /// Reads the feed in `data` (UTF-8 XML), handing its items to `receive`
    /// in chunks of `chunkSize` as they are read, then the rest with the
    /// feed's fields; `receive` returns false to stop reading. Relative URLs
    /// resolve against `xml:base` where given, else `documentBase`.
    ///
    /// A document that uses HTML named entities (`&nbsp;`) without declaring
    /// them, or a bare `&` (`?a=1&b=2` in a link), is not well-formed, but
    /// common: it is read again with those entities written as numeric
    /// references, any other undeclared reference kept as literal text and
    /// each bare `&` as `&amp;` (``XMLEntityRepair``), so the items before the
    /// first such reference may be handed over twice. A document with a type
    /// declaration is repaired so before it is read: its entities are never
    /// loaded or expanded.
    ///
    /// A document that is still not well-formed (cut off, or broken past
    /// repair) keeps the items that were complete before the break: the item
    /// it breaks off in is skipped, and the last chunk carries the error as
    /// ``ParsedFeed/damage``. Nothing after the break is read.
    ///
    /// - throws: ``FeedParseError/malformedXML(line:column:message:)`` when
    ///   the document breaks before any item was complete, or
    ///   ``FeedParseError/unrecognizedFormat(hint:)`` for a root that is neither
    ///   `<rss>`, `<rdf:RDF>` nor Atom's `<feed>` (0.3 or 1.0). Chunks handed
    ///   over before the error stay handed over.
    static func read(
        _ data: Data, documentBase: LinkBase? = nil, chunkSize: Int, receive: (ParsedFeed) -> Bool
    ) throws(FeedParseError) {
        let document =
            XMLEntityRepair.hasDocumentType(data) ? XMLEntityRepair.repairingReferences(in: data) ?? data : data
        try read(
            DocumentInputStream(reading: document), whole: { document }, documentBase: documentBase,
            chunkSize: chunkSize, receive: receive)
    }

    /// Reads the feed in the file at `url` from `offset` on as
    /// ``read(_:documentBase:chunkSize:receive:)`` does, parsing it as it is
    /// read from the file: UTF-8 XML without a type declaration
    /// (``FeedFileInspection``). Only a document that needs its references
    /// repaired is read into memory, to be read again.
    ///
    /// - throws: what ``read(_:documentBase:chunkSize:receive:)`` throws, and
    ///   ``FeedParseError/unreadableFile(path:)``.
    static func read(
        fileAt url: URL, from offset: Int, documentBase: LinkBase?, chunkSize: Int, receive: (ParsedFeed) -> Bool
    ) throws(FeedParseError) {
        guard let stream = DocumentInputStream(readingFileAt: url, from: offset) else {
            throw .unreadableFile(path: url.path)
        }
        try read(
            stream, whole: { try? Data(contentsOf: url).dropFirst(offset) }, documentBase: documentBase,
            chunkSize: chunkSize, receive: receive)
    }

    /// Reads `stream`, then, if it needs its references repaired, the
    /// repaired `whole` document again.
    private static func read(
        _ stream: InputStream, whole: () -> Data?, documentBase: LinkBase?, chunkSize: Int,
        receive: (ParsedFeed) -> Bool
    ) throws(FeedParseError) {
        try withoutActuallyEscaping(receive) { (receive) throws(FeedParseError) in
            var reader = XMLFeedReader(documentBase: documentBase, chunkSize: chunkSize, receive: receive)
            reader.read(stream)
            if let code = reader.failureCode, LibXML2Error.repairableReferences.contains(code),
                let repaired = whole().flatMap(XMLEntityRepair.repairingReferences(in:))
            {
                reader = XMLFeedReader(documentBase: documentBase, chunkSize: chunkSize, receive: receive)
                reader.read(DocumentInputStream(reading: repaired))
            }
            if reader.stopped { return }
            guard let handler = reader.handler else {
                throw reader.failure ?? .unrecognizedFormat(hint: "no root element")
            }
            guard let failure = reader.failure else {
                _ = receive(handler.takeChunk())
                return
            }
            handler.skipOpenItem(reason: "the document breaks off in it (\(failure))")
            var last = handler.takeChunk()
            guard reader.itemsHandedOver + last.items.count > 0 else { throw failure }
            last.damage = failure
            _ = receive(last)
        }
    }

    private let documentBase: LinkBase?
    private let chunkSize: Int
    private let receive: (ParsedFeed) -> Bool
    /// Whether `receive` asked to stop.
    private var stopped = false

    private init(documentBase: LinkBase?, chunkSize: Int, receive: @escaping (ParsedFeed) -> Bool) {
        self.documentBase = documentBase
        self.chunkSize = chunkSize
        self.receive = receive
    }

    private func read(_ stream: InputStream) {
        // A stream feeds libxml2 in chunks: given all the data at once, it
        // refuses documents over 10 MB ("Huge input lookup").
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if !parser.parse() && failure == nil && !stopped {
            fail(parser, code: (parser.parserError as? NSError)?.code ?? 0)
        }
    }

    /// The handler for a root element, or nil if it is not a feed's.
    private func makeHandler(forRoot name: XMLName) -> (any XMLFeedHandler)? {
        switch (name.namespace, name.local) {
        case (_, "rss"), (XMLNamespace.rdf, "RDF"): RSSParser(rootNamespace: name.namespace, chunkSize: chunkSize)
        case (XMLNamespace.atom, "feed"), (XMLNamespace.atom03, "feed"): AtomParser(chunkSize: chunkSize)
        default: nil
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        var name = XMLName(namespace: namespaceURI ?? "", local: elementName)
        if capture != nil {
            capture?.openChild(name, attributes: attributeDict)
            return
        }
        var attributeDict = attributeDict
        if stack.isEmpty {
            guard let handler = makeHandler(forRoot: name) else {
                let isHTML = elementName.lowercased() == "html"
                fail(
                    parser,
                    .unrecognizedFormat(hint: isHTML ? "an HTML page" : "XML with root element <\(elementName)>"))
                return
            }
            self.handler = handler
            if name.namespace == XMLNamespace.atom03 { atom03 = Atom03Translation() }
        }
        let isBase64 = atom03?.translate(&name, attributes: &attributeDict) ?? false
        let inheritedBase = stack.isEmpty ? documentBase : stack.last?.base
        let ownBase = attributeDict.isEmpty ? nil : attributeDict["xml:base"]
        let context = XMLElementContext(
            parent: stack.last?.name, language: attributeDict["xml:lang"] ?? stack.last?.language,
            base: ownBase.map { LinkBase.nested($0, in: inheritedBase) } ?? inheritedBase)
        stack.append((name, context.language, context.base))
        if let mode = handler?.didStart(name, attributes: attributeDict, context: context) {
            capture = ElementTextCapture(mode: mode)
            captureIsBase64 = isBase64
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        let name = XMLName(namespace: namespaceURI ?? "", local: elementName)
        if let capture, capture.openChildren > 0 {
            self.capture?.closeChild(name)
            return
        }
        let text = capture.map { captureIsBase64 ? Atom03Translation.decodedBase64($0.text) : $0.text }
        capture = nil
        guard let element = stack.popLast() else { return }
        guard let handler else { return }
        // The name as the start translated it (an Atom 0.3 name as Atom 1.0).
        handler.didEnd(
            element.name, text: text,
            context: XMLElementContext(parent: stack.last?.name, language: element.language, base: element.base))
        guard handler.hasFullChunk else { return }
        let chunk = handler.takeChunk()
        itemsHandedOver += chunk.items.count
        if !receive(chunk) {
            stopped = true
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        capture?.appendCharacters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard capture != nil else { return }
        capture?.appendCharacters(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        fail(parser, code: (parseError as NSError).code)
    }

    /// Records the first failure and stops the parser.
    private func fail(_ parser: XMLParser, _ error: FeedParseError) {
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
            .malformedXML(
                line: parser.lineNumber, column: parser.columnNumber, message: LibXML2Error.message(for: code)))
    }
}
