import GRDB
import ReaderModels

/// The `article_state` columns of one ``StateField``: its value and its clock.
struct StateColumns {
    let value: String
    let ms: String
    let counter: String
    let device: String

    init(_ field: StateField) {
        value = field.rawValue
        ms = "\(field.rawValue)_ms"
        counter = "\(field.rawValue)_counter"
        device = "\(field.rawValue)_device"
    }

    /// The clock stored in `row` for this field, if it was ever set.
    func clock(in row: Row) -> HybridLogicalClock? {
        guard let ms: Int64 = row[ms], let counter: Int64 = row[counter], let device: String = row[device]
        else { return nil }
        return HybridLogicalClock(ms: ms, counter: counter, device: device)
    }

    /// The greatest clock stored for this field on the articles `ids`.
    func greatestClock(of ids: [ArticleID], in db: Database) throws -> HybridLogicalClock? {
        let select = try db.cachedStatement(sql: "SELECT \(ms), \(counter), \(device) FROM article_state WHERE article_id = ?")
        return try ids.compactMap { id in
            try Row.fetchOne(select, arguments: [id.rawValue]).flatMap(clock(in:))
        }.max()
    }

    /// Stores `value` stamped `clock` for the article, creating its state row if needed.
    func write(
        _ value: Bool, clock: HybridLogicalClock, articleID: ArticleID, sourceID: SourceID, remoteID: String,
        in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO article_state (article_id, source_id, remote_id, \(self.value), \(ms), \(counter), \(device))
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(article_id) DO UPDATE SET
                    \(self.value) = excluded.\(self.value), \(ms) = excluded.\(ms),
                    \(counter) = excluded.\(counter), \(device) = excluded.\(device)
                """
        ).execute(arguments: [articleID.rawValue, sourceID, remoteID, value, clock.ms, clock.counter, clock.device])
    }
}
