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

    /// Sets `field` to `value` and prints how many were marked, and how many already were.
    /// - throws: a usage error without ids and without `--all`, or with both (checked here, not in
    ///   `validate()`, so that a mistyped option is reported as such rather than as missing ids).
    func apply(_ field: StateField, _ value: Bool) async throws {
        if all == !ids.isEmpty { throw ValidationError("give article ids, or --all with optional filters") }
        try await reportingErrors {
            let library = try options.openLibrary()
            let result: MarkResult
            if all {
                result = try await library.store.setFlag(field, to: value, matching: try await filters.query(in: library.store))
            } else {
                result = try await library.store.setFlag(field, to: value, for: ids.map(ArticleID.init(rawValue:)))
            }
            if !options.quiet { print(Self.summary(of: result, field: field, value: value)) }
        }
    }

    /// `Marked 3 articles read (1 already was).`
    static func summary(of result: MarkResult, field: StateField, value: Bool) -> String {
        let state = switch (field, value) {
        case (.read, true): "read"
        case (.read, false): "unread"
        case (.bookmarked, true): "bookmarked"
        case (.bookmarked, false): "not bookmarked"
        }
        let unchanged = result.marked - result.changed
        let already = unchanged == 0 ? "" : " (\(unchanged) already \(unchanged == 1 ? "was" : "were"))"
        return "Marked \(result.marked) article\(result.marked == 1 ? "" : "s") \(state)\(already)."
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
