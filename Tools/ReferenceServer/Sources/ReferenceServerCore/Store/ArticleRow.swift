import Foundation
import GRDB
import ReaderModels

/// One row of the `article` table: a live article or a tombstone, with its
/// change number.
struct ArticleRow: Sendable {
    let seq: Int64
    let isRetracted: Bool
    let article: SyncWire.Article

    /// The columns in the order ``init(row:)`` and ``upsert(_:seq:in:)`` use them.
    static let columns =
        "id, seq, retracted, url, title, published_ms, updated_ms, summary, content_html, author, language, provinces, tags"

    /// Decodes a row selected with ``columns``.
    init(row: Row) {
        seq = row["seq"]
        isRetracted = row["retracted"]
        article = SyncWire.Article(
            id: row["id"],
            url: row["url"],
            title: row["title"],
            published: StoredDate.date(fromMilliseconds: row["published_ms"]),
            updated: StoredDate.date(fromMilliseconds: row["updated_ms"]),
            summary: row["summary"],
            contentHTML: row["content_html"],
            author: row["author"],
            language: row["language"],
            provinces: StoredList.decode(row["provinces"]),
            tags: StoredList.decode(row["tags"]))
    }

    /// The row for `id`, live or not.
    static func fetch(id: String, in db: Database) throws -> ArticleRow? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM article WHERE id = ?", arguments: [id]).map(ArticleRow.init)
    }

    /// Stores `article` as live at change number `seq`, replacing any row with its id.
    static func upsert(_ article: SyncWire.Article, seq: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO article (\(columns)) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET
                    seq = excluded.seq, retracted = 0, url = excluded.url, title = excluded.title,
                    published_ms = excluded.published_ms, updated_ms = excluded.updated_ms,
                    summary = excluded.summary, content_html = excluded.content_html, author = excluded.author,
                    language = excluded.language, provinces = excluded.provinces, tags = excluded.tags
                """,
            arguments: [
                article.id, seq, article.url, article.title,
                StoredDate.milliseconds(of: article.published), StoredDate.milliseconds(of: article.updated),
                article.summary, article.contentHTML, article.author, article.language,
                StoredList.encode(article.provinces), StoredList.encode(article.tags),
            ])
    }

    /// Turns the live article `id` into a tombstone at change number `seq`.
    static func retract(id: String, seq: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE article SET retracted = 1, seq = ? WHERE id = ?", arguments: [seq, id])
    }
}

/// Dates as whole milliseconds since 1970, the wire's precision.
enum StoredDate {
    /// `date` in whole milliseconds, rounded.
    static func milliseconds(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The date `milliseconds` after 1970.
    static func date(fromMilliseconds milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `date` cut to what the store keeps, so a stored copy compares equal to it.
    static func rounded(_ date: Date) -> Date {
        Self.date(fromMilliseconds: milliseconds(of: date))
    }
}

/// Lists of strings (provinces, tags) as JSON array text.
enum StoredList {
    /// `["a","b"]`, or SQL NULL for `nil`.
    static func encode(_ list: [String]?) -> String? {
        guard let list else { return nil }
        // Encoding an array of strings cannot fail.
        guard let data = try? JSONEncoder().encode(list) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The list in `text`, or `nil` for SQL NULL or text that is not a JSON array of strings.
    static func decode(_ text: String?) -> [String]? {
        guard let text else { return nil }
        return try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }
}
