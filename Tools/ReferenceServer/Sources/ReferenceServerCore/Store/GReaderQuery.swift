import GRDB

/// Which items of the GReader view a stream request asks for.
struct GReaderQuery: Sendable {
    /// The stream (`s`, or the path of `stream/contents`).
    var stream: GReaderStream
    /// Streams the items must be in (`it`).
    var included: [GReaderStream] = []
    /// Streams the items must not be in (`xt`).
    var excluded: [GReaderStream] = []
    /// Items crawled at or after this Unix second (`ot`).
    var crawledSince: Int64?
    /// Items crawled before this Unix second (`nt`).
    var crawledBefore: Int64?
    /// Oldest first (`r=o`) instead of newest first.
    var oldestFirst = false
    /// The item number the previous page ended at (`c`).
    var after: Int64?
    /// The most items (`n`).
    var limit: Int

    /// The tables every GReader item query reads: items of live articles in subscribed feeds.
    static let source = """
        greader_item i JOIN article a ON a.id = i.article_id AND a.retracted = 0
        JOIN greader_feed f ON f.number = i.feed
        """

    /// The SQL condition and arguments of membership in `stream`.
    static func membership(in stream: GReaderStream) -> (sql: String, arguments: StatementArguments) {
        switch stream {
        case .readingList: ("1", [])
        case .read: ("i.read = 1", [])
        case .starred: ("i.starred = 1", [])
        case .feed(let number): ("i.feed = ?", [number])
        case .label(let name):
            (
                "(f.folder = ? OR EXISTS (SELECT 1 FROM greader_label l WHERE l.item = i.item AND l.label = ?))",
                [name, name]
            )
        }
    }

    /// The `WHERE` clause (without the keyword), `ORDER BY` and `LIMIT`, with their arguments.
    var clauses: (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        func add(_ condition: (sql: String, arguments: StatementArguments), negated: Bool = false) {
            conditions.append(negated ? "NOT \(condition.sql)" : condition.sql)
            arguments += condition.arguments
        }
        add(Self.membership(in: stream))
        for stream in included { add(Self.membership(in: stream)) }
        for stream in excluded { add(Self.membership(in: stream), negated: true) }
        if let crawledSince { add(("i.crawl_s >= ?", [crawledSince])) }
        if let crawledBefore { add(("i.crawl_s < ?", [crawledBefore])) }
        if let after { add((oldestFirst ? "i.item > ?" : "i.item < ?", [after])) }
        arguments += [limit]
        return (
            conditions.joined(separator: " AND ") + " ORDER BY i.item \(oldestFirst ? "ASC" : "DESC") LIMIT ?",
            arguments
        )
    }
}
