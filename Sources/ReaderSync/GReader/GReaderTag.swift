/// The stream ids and tags of the Google Reader API that Reader names: the
/// states an item is in, and the folders (labels) of feeds and items.
///
/// A tag names its user as `-` (the one logged in) or, as servers write it
/// back in `categories`, by number: `user/1/label/Patents`.
enum GReaderTag {
    /// Every item of the user's feeds.
    static let readingList = "user/-/state/com.google/reading-list"
    /// The items the user has read.
    static let read = "user/-/state/com.google/read"
    /// The items the user has starred (Reader's bookmarks).
    static let starred = "user/-/state/com.google/starred"

    /// The tag of the folder `name`: `user/-/label/NAME`.
    static func label(_ name: String) -> String { "user/-/label/" + name }

    /// The folder a label tag names, for any user (`user/-/label/X`,
    /// `user/12/label/X`); `nil` for any other tag.
    static func folder(of tag: String) -> String? {
        userPart(of: tag, kind: "label/").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether `tag` is the state `state` (``read``, ``starred``) of any user.
    static func isState(_ tag: String, _ state: String) -> Bool {
        guard let name = userPart(of: state, kind: "state/") else { return false }
        return userPart(of: tag, kind: "state/") == name
    }

    /// What follows `user/<- or digits>/<kind>` in `tag`, if it has that shape.
    private static func userPart(of tag: String, kind: String) -> String? {
        guard tag.hasPrefix("user/") else { return nil }
        let rest = tag.dropFirst("user/".count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let user = rest[..<slash]
        guard user == "-" || (!user.isEmpty && user.allSatisfy(\.isASCII) && user.allSatisfy(\.isNumber)) else { return nil }
        let after = rest[rest.index(after: slash)...]
        guard after.hasPrefix(kind) else { return nil }
        return String(after.dropFirst(kind.count))
    }
}
