import ArgumentParser
import ReaderCore

/// What `read`, `unread`, `bookmark` and `unbookmark` share: they set one flag
/// on the articles named, or on every article matching filters.
struct StateEdit: ParsableArguments {
    @OptionGroup var options: GlobalOptions

    @Argument(help: "Article ids, as `reader list` shows them.")
    var ids: [String] = []

    @Flag(help: "Every article matching the filters (all of them without filters).")
    var all = false

    @OptionGroup var filters: ArticleFilters

    func validate() throws {
        if all == !ids.isEmpty { throw ValidationError("Give article ids, or --all with optional filters.") }
    }

    /// Sets `field` to `value` and prints how many changed.
    func apply(_ field: StateField, _ value: Bool) async throws {
        try await reportingErrors {
            let library = try options.openLibrary()
            let changed: Int
            if all {
                changed = try await library.store.setFlag(field, to: value, matching: try await filters.query(in: library.store))
            } else {
                changed = try await library.store.setFlag(field, to: value, for: ids.map(ArticleID.init(rawValue:)))
            }
            print("\(changed) article\(changed == 1 ? "" : "s") changed.")
        }
    }
}

/// `reader read`.
struct MarkRead: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Mark articles read.")
    @OptionGroup var edit: StateEdit
    func run() async throws { try await edit.apply(.read, true) }
}

/// `reader unread`.
struct MarkUnread: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unread", abstract: "Mark articles unread.")
    @OptionGroup var edit: StateEdit
    func run() async throws { try await edit.apply(.read, false) }
}

/// `reader bookmark`.
struct Bookmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bookmark articles.")
    @OptionGroup var edit: StateEdit
    func run() async throws { try await edit.apply(.bookmarked, true) }
}

/// `reader unbookmark`.
struct Unbookmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Remove bookmarks.")
    @OptionGroup var edit: StateEdit
    func run() async throws { try await edit.apply(.bookmarked, false) }
}
