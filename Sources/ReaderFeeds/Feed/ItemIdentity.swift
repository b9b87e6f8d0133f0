import ReaderModels

/// How an item's ``ParsedItem/uniqueID`` is chosen.
///
/// In order: the id the feed gives (RSS `guid`, RSS 1.0 `rdf:about`, Atom
/// `id`, JSON Feed `id`); else the item's link; else a ``StableHash`` of the
/// title and the date as written (or the empty string without a date), as 16
/// hex digits. The same item in a later copy of the feed gets the same id.
enum ItemIdentity {
    /// The unique id for an item with these (trimmed, non-empty) fields.
    static func uniqueID(id: String?, link: String?, title: String, dateText: String?) -> String {
        if let id { return id }
        if let link { return link }
        var hash = StableHash()
        hash.combine(title)
        hash.combine(dateText ?? "")
        return hash.hexDigits
    }
}
