/// Entries arranged as the nested folder outlines of an OPML body.
///
/// Entries are grouped by ``OPMLEntry/folder``; within each folder, feeds and
/// subfolders keep the order in which they first appear in the entries. For
/// example, entries in folders `[A]`, `[]`, `[A, B]`, `[A]` give folder `A`
/// (its first feed, subfolder `B`, its second feed), then the top-level feed.
struct OPMLFolderTree {
    /// A folder's content, in order.
    enum Child {
        /// A feed of the folder.
        case feed(OPMLEntry)
        /// A subfolder, by its index in ``folders``.
        case folder(Int)
    }

    /// A folder outline.
    struct Folder {
        /// Its name (empty for the body).
        var name: String
        /// Its feeds and subfolders.
        var children: [Child] = []
    }

    /// The folders; the first is the body itself.
    private(set) var folders = [Folder(name: "")]
    /// The index in ``folders`` of each folder path seen.
    private var indexes: [[String]: Int] = [[]: 0]

    /// The tree of `entries`.
    init(_ entries: [OPMLEntry]) {
        for entry in entries {
            folders[folderIndex(entry.folder)].children.append(.feed(entry))
        }
    }

    /// The index of the folder at `path`, added with its parents if new.
    private mutating func folderIndex(_ path: [String]) -> Int {
        if let index = indexes[path] { return index }
        let parent = folderIndex(Array(path.dropLast()))
        folders.append(Folder(name: path.last ?? ""))
        let index = folders.count - 1
        folders[parent].children.append(.folder(index))
        indexes[path] = index
        return index
    }
}
