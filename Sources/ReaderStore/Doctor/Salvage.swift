import Foundation
import GRDB

/// What a rebuild carries over from an old cache file, read as far as the
/// file allows: accounts and sources (who to sync, not what was synced),
/// read and bookmark state with its clocks, the outbox, and the device row.
struct Salvage {
    /// One row, by column name.
    typealias Values = [String: DatabaseValue]

    /// The source columns carried over: what identifies and names a source,
    /// and the page limit its kind was discovered with.
    /// Validators, cursors and the schedule are left behind, so the next
    /// sync fetches everything again.
    private static let sourceColumns: Set = [
        "id", "url", "kind", "title", "token", "has_token", "custom_title", "folder", "home_page", "page_limit_max",
        "account_id", "stream_id", "feed_url", "removed_at",
    ]

    /// The account columns carried over: the login and the first window's
    /// size; where the sync stood is left behind, so the next sync fetches
    /// the window again. The login token is outside the cache and stays.
    private static let accountColumns: Set = ["id", "kind", "url", "user", "name", "window_limit", "window_since"]

    private(set) var accounts: [Values] = []

    private(set) var sources: [Values] = []
    private(set) var states: [Values] = []
    private(set) var outbox: [Values] = []
    private(set) var device: [Values] = []
    /// What could not be read.
    private(set) var problems: [String] = []

    /// Reads what it can of the cache at `path`.
    /// - throws: ``StoreError/damaged(path:reason:)`` if not a single source can be read.
    init(path: String) throws(StoreError) {
        do {
            let current = try Self.currentColumns()
            let queue = try CacheDoctor.openForReading(path)
            try queue.read { db in
                accounts = read("account", in: db, columns: current["account", default: []].intersection(Self.accountColumns))
                sources = read("source", in: db, columns: current["source", default: []].intersection(Self.sourceColumns))
                states = read("article_state", in: db, columns: current["article_state", default: []])
                outbox = read("outbox", in: db, columns: current["outbox", default: []])
                device = read("device", in: db, columns: current["device", default: []])
            }
        } catch {
            throw .damaged(path: path, reason: "nothing can be read from it: \(ArticleStore.reason(error))")
        }
        if sources.isEmpty, let problem = problems.first {
            throw .damaged(path: path, reason: "its sources cannot be read: \(problem)")
        }
    }

    /// The rows of `table`, as many as can be read, in the columns of
    /// `columns` that the old file has; records a problem where reading stops.
    private mutating func read(_ table: String, in db: Database, columns: Set<String>) -> [Values] {
        var rows: [Values] = []
        do {
            let old = Set(try db.columns(in: table).map(\.name))
            let names = columns.intersection(old).sorted()
            guard !names.isEmpty else { return [] }
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(names.map { "\"\($0)\"" }.joined(separator: ", ")) FROM \(table)")
            while let row = try cursor.next() {
                rows.append(Dictionary(uniqueKeysWithValues: names.map { ($0, row[$0] as DatabaseValue) }))
            }
        } catch {
            problems.append("\(table): read \(rows.count) rows, then \(ArticleStore.reason(error))")
        }
        return rows
    }

    /// The columns of each table of the current schema.
    private static func currentColumns() throws -> [String: Set<String>] {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        return try queue.read { db in
            var columns: [String: Set<String>] = [:]
            for table in ["account", "source", "article_state", "outbox", "device"] {
                columns[table] = Set(try db.columns(in: table).map(\.name))
            }
            return columns
        }
    }

    /// Writes everything into `db`, a freshly migrated cache: accounts and
    /// sources first (with their ids, which sources, the state and the
    /// outbox refer to).
    func restore(into db: Database) throws {
        for (table, rows) in [("account", accounts), ("source", sources), ("device", device), ("article_state", states), ("outbox", outbox)] {
            for row in rows {
                let names = row.keys.sorted()
                try db.execute(
                    sql: "INSERT INTO \(table) (\(names.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES ("
                        + Array(repeating: "?", count: names.count).joined(separator: ", ") + ")",
                    arguments: StatementArguments(names.map { row[$0] ?? .null }))
            }
        }
    }

    /// The JSON file saved before a rebuild: accounts, sources (without tokens), state,
    /// outbox and device, each row an object of its columns.
    func export() throws -> Data {
        let document: [String: Any] = [
            "accounts": accounts.map(Self.json), "sources": sources.map { Self.json($0.filter { $0.key != "token" }) },
            "article_state": states.map(Self.json), "outbox": outbox.map(Self.json), "device": device.map(Self.json),
            "problems": problems,
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }

    private static func json(_ row: Values) -> [String: Any] {
        row.mapValues { value -> Any in
            switch value.storage {
            case .null: NSNull()
            case .int64(let number): NSNumber(value: number)
            case .double(let number): NSNumber(value: number)
            case .string(let text): text
            case .blob(let data): data.base64EncodedString()
            }
        }
    }
}
