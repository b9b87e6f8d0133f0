import Foundation

/// Writes the safe form of the HTML ``HTMLScanner`` reports (the rules are
/// ``SafeHTML``'s): kept tags with checked attributes, escaped text, and the
/// elements still open closed at the end.
struct SafeHTMLWriter: HTMLScannerSink {
    /// What relative URLs are resolved against.
    let base: LinkBase?
    private var output = ""
    /// The kept elements open, innermost last (at most ``SafeHTMLPolicy/maxDepth``).
    private var open: [String] = []
    /// The element being dropped with its content, and how many of that
    /// name are open inside it.
    private var dropping: (name: String, depth: Int)?

    /// Creates a writer that resolves relative URLs against `base`.
    init(base: LinkBase?) {
        self.base = base
    }

    /// Never: the whole document is read.
    var isFinished: Bool { false }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard dropping == nil else { return }
        var decoded: [UInt8] = []
        HTMLEntities.decode(bytes, into: &decoded)
        output += HTMLText.escaped(String(decoding: decoded, as: UTF8.self))
    }

    mutating func startTag(_ name: String, attributes: HTMLAttributes) {
        // `/>` means nothing on a kept element such as `<p/>`; on `<svg/>` it does.
        let isDropped = SafeHTMLPolicy.droppedWithContent.contains(name)
        let hasContent = !HTMLElements.void.contains(name) && !(attributes.isSelfClosing && isDropped)
        if let dropping {
            if name == dropping.name && hasContent { self.dropping?.depth += 1 }
            return
        }
        if isDropped {
            if hasContent { dropping = (name, 1) }
            return
        }
        guard let allowed = SafeHTMLPolicy.elements[name] else { return }
        if hasContent {
            if SafeHTMLPolicy.closedBySibling.contains(name), open.last == name { output += "</\(open.removeLast())>" }
            guard open.count < SafeHTMLPolicy.maxDepth else { return }
            open.append(name)
        }
        output += "<" + name + safeAttributes(of: name, attributes, allowed: allowed) + ">"
    }

    mutating func endTag(_ name: String) {
        if let dropping {
            if name == dropping.name { self.dropping = dropping.depth > 1 ? (name, dropping.depth - 1) : nil }
            return
        }
        guard let position = open.lastIndex(of: name) else { return }
        while open.count > position { output += "</\(open.removeLast())>" }
    }

    /// The safe HTML, with every element still open closed.
    mutating func finish() -> String {
        while let name = open.popLast() { output += "</\(name)>" }
        return output
    }

    /// The attributes written for a kept element: allowed names only, each
    /// once (the first, as browsers read it), URLs checked, values escaped.
    private func safeAttributes(of element: String, _ attributes: HTMLAttributes, allowed: Set<String>) -> String {
        var written = ""
        var seen: [String] = []
        var opensNewWindow = false
        attributes.forEachAttribute { rawName, range in
            let name = String(decoding: rawName.map(asciiLowercased), as: UTF8.self)
            guard !seen.contains(name) else { return true }
            seen.append(name)
            guard allowed.contains(name) || SafeHTMLPolicy.globalAttributes.contains(name) else { return true }
            let value = attributes.decoded(range)
            if name == "target" {
                opensNewWindow = value.trimmingCharacters(in: .whitespaces).lowercased() == "_blank"
            } else if SafeHTMLPolicy.booleanAttributes.contains(name) {
                written += " " + name
            } else if SafeHTMLPolicy.urlAttributes.contains(name) {
                let imageData = element == "img" && name == "src"
                if let url = SafeURL.resolved(value, against: base, allowsImageData: imageData) {
                    written += " \(name)=\"\(HTMLText.escaped(url))\""
                }
            } else {
                written += " \(name)=\"\(HTMLText.escaped(value))\""
            }
            return true
        }
        if opensNewWindow { written += #" target="_blank" rel="noopener noreferrer""# }
        return written
    }
}
