import GRDB

/// An item reference of `stream/items/ids`.
struct GReaderItemRef: Sendable, Equatable {
    let number: Int64
    let crawlSeconds: Int64
}

/// A tag `edit-tag` adds or removes.
enum GReaderTag: Sendable, Equatable {
    case read
    case starred
    case label(String)

    /// The tag `id` names (`user/-/state/com.google/read`, `…/starred`,
    /// `user/-/label/X`); `nil` for any other, which edits ignore.
    init?(_ id: String) {
        switch GReaderStream(id) {
        case .read: self = .read
        case .starred: self = .starred
        case .label(let name): self = .label(name)
        default: return nil
        }
    }
}

extension ServerStore {
    /// The items `query` selects.
    func greaderItems(_ query: GReaderQuery) async throws(ServerStoreError) -> [GReaderItem] {
        try await read { db in
            let clauses = query.clauses
            return try GReaderItem.fetchAll(
                db, sql: "SELECT \(GReaderItem.columns) FROM \(GReaderQuery.source) WHERE \(clauses.sql)",
                arguments: clauses.arguments)
        }
    }

    /// The item references `query` selects.
    func greaderItemRefs(_ query: GReaderQuery) async throws(ServerStoreError) -> [GReaderItemRef] {
        try await read { db in
            let clauses = query.clauses
            return try Row.fetchAll(
                db, sql: "SELECT i.item, i.crawl_s FROM \(GReaderQuery.source) WHERE \(clauses.sql)",
                arguments: clauses.arguments
            ).map { GReaderItemRef(number: $0["item"], crawlSeconds: $0["crawl_s"]) }
        }
    }

    /// The visible items among `numbers`, in the order asked, each once; unknown numbers are left out.
    func greaderItems(numbered numbers: [Int64]) async throws(ServerStoreError) -> [GReaderItem] {
        var seen = Set<Int64>()
        let unique = numbers.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return [] }
        return try await read { db in
            var byNumber: [Int64: GReaderItem] = [:]
            // Chunks keep each statement well under SQLite's limit on bound values.
            for start in stride(from: 0, to: unique.count, by: Self.greaderLookupChunk) {
                let chunk = Array(unique[start..<min(start + Self.greaderLookupChunk, unique.count)])
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for item in try GReaderItem.fetchAll(
                    db,
                    sql: "SELECT \(GReaderItem.columns) FROM \(GReaderQuery.source) WHERE i.item IN (\(placeholders))",
                    arguments: StatementArguments(chunk))
                {
                    byNumber[item.number] = item
                }
            }
            return unique.compactMap { byNumber[$0] }
        }
    }

    /// Item numbers looked up per statement.
    static let greaderLookupChunk = 1000

    /// Adds and removes `add` and `remove` on the items among `numbers`; unknown numbers are ignored.
    func editGReaderTags(of numbers: [Int64], add: [GReaderTag], remove: [GReaderTag]) async throws(ServerStoreError) {
        try await write { db in
            for number in numbers {
                for tag in add { try Self.set(tag, on: number, to: true, in: db) }
                for tag in remove { try Self.set(tag, on: number, to: false, in: db) }
            }
        }
    }

    /// Marks read the items of `stream` crawled at or before `crawledBy` (Unix seconds).
    func markGReaderRead(stream: GReaderStream, crawledBy: Int64) async throws(ServerStoreError) {
        try await write { db in
            let membership = GReaderQuery.membership(in: stream)
            try db.execute(
                sql: """
                    UPDATE greader_item SET read = 1 WHERE item IN (
                        SELECT i.item FROM \(GReaderQuery.source) WHERE \(membership.sql) AND i.crawl_s <= ?)
                    """,
                arguments: membership.arguments + [crawledBy])
        }
    }

    private static func set(_ tag: GReaderTag, on number: Int64, to value: Bool, in db: Database) throws {
        switch tag {
        case .read:
            try db.execute(sql: "UPDATE greader_item SET read = ? WHERE item = ?", arguments: [value, number])
        case .starred:
            try db.execute(sql: "UPDATE greader_item SET starred = ? WHERE item = ?", arguments: [value, number])
        case .label(let name) where value:
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO greader_label (item, label)
                    SELECT item, ? FROM greader_item WHERE item = ?
                    """,
                arguments: [name, number])
        case .label(let name):
            try db.execute(
                sql: "DELETE FROM greader_label WHERE item = ? AND label = ?", arguments: [number, name])
        }
    }
}
