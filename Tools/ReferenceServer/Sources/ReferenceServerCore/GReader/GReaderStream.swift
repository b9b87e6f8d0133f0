/// A stream (or tag) id of the Google Reader API.
enum GReaderStream: Sendable, Equatable {
    /// `user/-/state/com.google/reading-list`: every item.
    case readingList
    /// `user/-/state/com.google/read`.
    case read
    /// `user/-/state/com.google/starred`.
    case starred
    /// `feed/N`: one subscription's items.
    case feed(Int64)
    /// `user/-/label/X`: the items of folder X's feeds and those tagged X.
    case label(String)

    static let readingListID = "user/-/state/com.google/reading-list"
    static let readID = "user/-/state/com.google/read"
    static let starredID = "user/-/state/com.google/starred"
    static let labelPrefix = "user/-/label/"

    /// The stream `id` names, with any user number in place of `-`
    /// (`user/1/label/X`); `nil` for an id the server does not know.
    init?(_ id: String) {
        var id = id
        if id.hasPrefix("user/"), let slash = id.dropFirst(5).firstIndex(of: "/") {
            id = "user/-" + id[slash...]
        }
        switch id {
        case Self.readingListID: self = .readingList
        case Self.readID: self = .read
        case Self.starredID: self = .starred
        default:
            if id.hasPrefix("feed/"), let number = Int64(id.dropFirst(5)) {
                self = .feed(number)
            } else if id.hasPrefix(Self.labelPrefix), id.count > Self.labelPrefix.count {
                self = .label(String(id.dropFirst(Self.labelPrefix.count)))
            } else {
                return nil
            }
        }
    }

    /// The id of the stream.
    var id: String {
        switch self {
        case .readingList: Self.readingListID
        case .read: Self.readID
        case .starred: Self.starredID
        case .feed(let number): "feed/\(number)"
        case .label(let name): Self.labelPrefix + name
        }
    }
}
