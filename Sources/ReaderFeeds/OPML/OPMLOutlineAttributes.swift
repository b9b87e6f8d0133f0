import Foundation

/// The attributes of an `<outline>`, looked up as OPML files in the wild
/// spell them: names in any case (`xmlUrl`, `xmlurl`, `XMLURL`), values trimmed.
struct OPMLOutlineAttributes {
    private let attributes: [String: String]

    /// The attributes the parser reported for one element.
    init(_ attributes: [String: String]) {
        self.attributes = attributes
    }

    /// The trimmed value of the attribute `name`, matched ignoring case, or
    /// nil if it is missing or blank. The exact spelling wins; among other
    /// spellings, the first in code-point order, so the choice does not
    /// depend on dictionary order.
    func value(of name: String) -> String? {
        let raw =
            attributes[name]
            ?? attributes.keys.filter { $0.lowercased() == name.lowercased() }.min().flatMap { attributes[$0] }
        guard let value = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// A folder's name: its `title`, else its `text`.
    var name: String? {
        value(of: "title") ?? value(of: "text")
    }

    /// A feed's title: its `title`, else its `text`, leaving out a value that
    /// only repeats `url` (what writers put there for a feed without a title).
    func title(besides url: String) -> String? {
        [value(of: "title"), value(of: "text")].lazy.compactMap { $0 }.first { $0 != url }
    }
}
