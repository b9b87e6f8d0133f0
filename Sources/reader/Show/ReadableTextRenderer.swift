import Foundation
import ReaderFeeds

/// Lays out an HTML fragment as text for a terminal: one block per paragraph,
/// heading, list item or quote, then word-wrapped.
///
/// - Paragraphs and other blocks are separated by a blank line; items of a
///   list by a line break, each starting with `- ` (nested lists indent by two).
/// - `<br>` breaks the line; `<br><br>` leaves one empty line.
/// - Headings start with one `#` per level, quotes with `> `.
/// - A link reads `text (url)`, unless its text already is the URL or the
///   URL is only a fragment or script.
/// - `<pre>` keeps its line breaks and spacing and is not wrapped.
struct ReadableTextRenderer: HTMLScannerSink {
    /// A laid-out block, before wrapping.
    private struct Block {
        var lines: [String]
        var firstPrefix: String
        var prefix: String
        var isPreformatted: Bool
        /// Inside a list: joined to a previous list block by a line break, not a blank line.
        var isInList: Bool
    }

    private struct OpenLink {
        var href: String?
        var lineIndex: Int
        var textStart: Int
    }

    private var blocks: [Block] = []
    private var lines: [String] = []
    private var line = CollapsingTextBuffer()
    private var links: [OpenLink] = []
    private var listDepth = 0
    private var quoteDepth = 0
    private var preDepth = 0
    private var hiddenDepth = 0
    private var headingLevel: Int?
    private var itemMarkerPending = false

    var isFinished: Bool { false }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard hiddenDepth == 0 else { return }
        if preDepth > 0 {
            line.appendPreservingWhitespace(bytes)
        } else {
            line.append(bytes)
        }
    }

    mutating func startTag(_ name: String, attributes: HTMLAttributes) {
        if HTMLElements.hidden.contains(name) {
            if !attributes.isSelfClosing { hiddenDepth += 1 }
            return
        }
        guard hiddenDepth == 0 else { return }
        switch name {
        case "br":
            finishLine()
        case "a":
            links.append(
                OpenLink(href: attributes.value(of: "href"), lineIndex: lines.count, textStart: line.bytes.count))
        case "ul", "ol":
            finishBlock()
            listDepth += 1
        case "li":
            finishBlock()
            itemMarkerPending = true
        case "blockquote":
            finishBlock()
            quoteDepth += 1
        case "pre":
            finishBlock()
            preDepth += 1
        default:
            if let level = HTMLElements.headingLevel(of: name) {
                finishBlock()
                headingLevel = level
            } else if HTMLElements.blocks.contains(name) {
                finishBlock()
            }
        }
    }

    mutating func endTag(_ name: String) {
        if HTMLElements.hidden.contains(name) {
            hiddenDepth = max(0, hiddenDepth - 1)
            return
        }
        guard hiddenDepth == 0 else { return }
        switch name {
        case "a":
            if let link = links.popLast() { appendURL(of: link) }
        case "ul", "ol":
            finishBlock()
            listDepth = max(0, listDepth - 1)
        case "li":
            finishBlock()
            itemMarkerPending = false
        case "blockquote":
            finishBlock()
            quoteDepth = max(0, quoteDepth - 1)
        case "pre":
            finishBlock()
            preDepth = max(0, preDepth - 1)
        default:
            if HTMLElements.headingLevel(of: name) != nil {
                finishBlock()
                headingLevel = nil
            } else if HTMLElements.blocks.contains(name) {
                finishBlock()
            }
        }
    }

    /// The laid-out text, each line at most `width` columns where words allow.
    mutating func render(width: Int) -> String {
        finishBlock()
        var output: [String] = []
        for (index, block) in blocks.enumerated() {
            let isTight = block.isInList && index > 0 && blocks[index - 1].isInList
            if !output.isEmpty && !isTight { output.append("") }
            let available = max(width - DisplayWidth.of(block.prefix), minimumWidth)
            var isFirst = true
            for hardLine in block.lines {
                let pieces = block.isPreformatted ? [hardLine] : TextWrapper.wrap(hardLine, width: available)
                for piece in pieces {
                    output.append(trimmingTrailingSpaces((isFirst ? block.firstPrefix : block.prefix) + piece))
                    isFirst = false
                }
            }
        }
        return output.joined(separator: "\n")
    }

    private let minimumWidth = 20

    private mutating func finishLine() {
        lines.append(line.string)
        line = CollapsingTextBuffer()
    }

    /// Turns the lines collected so far into a block, if they hold any text.
    private mutating func finishBlock() {
        finishLine()
        var blockLines =
            preDepth > 0
            ? lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } : lines
        lines = []
        blockLines = removingExtraEmptyLines(blockLines)
        guard !blockLines.isEmpty else { return }
        let outer = String(repeating: "> ", count: quoteDepth) + String(repeating: "  ", count: max(0, listDepth - 1))
        let prefix = outer + (listDepth > 0 ? "  " : "")
        var firstPrefix = itemMarkerPending ? outer + "- " : prefix
        if let headingLevel { firstPrefix += String(repeating: "#", count: headingLevel) + " " }
        blocks.append(
            Block(
                lines: blockLines, firstPrefix: firstPrefix, prefix: prefix,
                isPreformatted: preDepth > 0, isInList: listDepth > 0))
        itemMarkerPending = false
    }

    /// Drops empty lines at both ends and keeps at most one in a row inside.
    private func removingExtraEmptyLines(_ lines: [String]) -> [String] {
        var result: [String] = []
        for line in lines {
            let isBlank = line.allSatisfy(\.isWhitespace)
            if isBlank && (result.isEmpty || result.last == "") { continue }
            result.append(isBlank ? "" : line)
        }
        if result.last == "" { result.removeLast() }
        return result
    }

    /// Adds ` (url)` after a link's text when the URL says something the text does not.
    private mutating func appendURL(of link: OpenLink) {
        guard let href = link.href?.trimmingCharacters(in: .whitespaces), !href.isEmpty,
            !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:")
        else { return }
        // Link text broken over lines is not compared: the URL is always added.
        let isOnOneLine = link.lineIndex == lines.count && link.textStart <= line.bytes.count
        let text = isOnOneLine ? String(decoding: line.bytes[link.textStart...], as: UTF8.self) : nil
        switch text?.trimmingCharacters(in: .whitespaces) {
        case ""?:
            line.append(href)
        case let text? where comparableURL(text) == comparableURL(href):
            break
        default:
            line.append(" (\(href))")
        }
    }

    /// A URL without its scheme and trailing slash, to tell whether link text just repeats it.
    private func comparableURL(_ text: String) -> Substring {
        var url = Substring(text.lowercased())
        for scheme in ["https://", "http://", "mailto:"] where url.hasPrefix(scheme) {
            url = url.dropFirst(scheme.count)
        }
        while url.hasSuffix("/") { url = url.dropLast() }
        return url
    }

    private func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
