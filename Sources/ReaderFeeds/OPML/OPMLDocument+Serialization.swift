public import Foundation

extension OPMLDocument {
    /// The document as OPML 2.0 in UTF-8, for another feed reader to import.
    ///
    /// The head holds the ``title`` (if any) and `created` as `dateCreated`
    /// (RFC 822, in GMT). In the body, each folder path becomes nested folder
    /// outlines (`<outline text="Name" title="Name">`) holding its feeds, in
    /// the order of their first appearance in ``entries``, and each entry a
    /// feed outline:
    ///
    /// ```xml
    /// <outline type="rss" text="IP News" title="IP News" xmlUrl="https://ip.example.org/rss" htmlUrl="https://ip.example.org/"/>
    /// ```
    ///
    /// An entry without a title gets its URL as `text` and no `title`
    /// (``parse(_:)`` reads that back as no title), one without a home page
    /// no `htmlUrl`. ``skipped`` is not written.
    ///
    /// Reading the output back gives the same entries, grouped by folder: an
    /// entry whose folder has an empty name comes back in the enclosing folder.
    ///
    /// - parameter created: the document's `dateCreated`.
    public func serialized(created: Date = .now) -> Data {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#, #"<opml version="2.0">"#, "  <head>"]
        if let title {
            lines.append("    <title>\(XMLEscaping.escaped(title))</title>")
        }
        lines.append("    <dateCreated>\(RFC822DateWriter.string(from: created))</dateCreated>")
        lines.append("  </head>")
        lines.append("  <body>")
        let tree = OPMLFolderTree(entries)
        appendOutlines(of: tree.folders[0], in: tree, depth: 2, to: &lines)
        lines.append("  </body>")
        lines.append("</opml>")
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Appends the outlines of `folder`'s children, indented for `depth`.
    private func appendOutlines(
        of folder: OPMLFolderTree.Folder, in tree: OPMLFolderTree, depth: Int, to lines: inout [String]
    ) {
        let indent = String(repeating: "  ", count: depth)
        for child in folder.children {
            switch child {
            case .feed(let entry):
                lines.append(indent + Self.outline(for: entry))
            case .folder(let index):
                let subfolder = tree.folders[index]
                let name = XMLEscaping.escaped(subfolder.name)
                lines.append(indent + #"<outline text="\#(name)" title="\#(name)">"#)
                appendOutlines(of: subfolder, in: tree, depth: depth + 1, to: &lines)
                lines.append(indent + "</outline>")
            }
        }
    }

    /// The feed outline element for `entry`.
    private static func outline(for entry: OPMLEntry) -> String {
        var attributes = [("type", "rss"), ("text", entry.title ?? entry.url)]
        if let title = entry.title { attributes.append(("title", title)) }
        attributes.append(("xmlUrl", entry.url))
        if let homePageURL = entry.homePageURL { attributes.append(("htmlUrl", homePageURL)) }
        return "<outline" + attributes.map { #" \#($0)="\#(XMLEscaping.escaped($1))""# }.joined() + "/>"
    }
}
