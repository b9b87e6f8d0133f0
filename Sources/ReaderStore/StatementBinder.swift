import Foundation
import GRDB
import GRDBSQLite

/// Binds values to one of GRDB's prepared statements, in order, and runs it
/// through SQLite's C API: the write path's per-article statements.
///
/// GRDB's `execute(arguments:)` boxes every value as an existential and
/// converts it to a `DatabaseValue` before binding it, and checks observers
/// and authorizers around each step. For the three inserts a new article
/// cost (its row, its full-text entry, its provinces) that was about 5 µs of
/// the writer's 13 µs of Swift per article (`perf`, `reader-bench micro`). The store registers no transaction
/// observer, so nothing is skipped that it relies on.
///
/// Text is copied by SQLite as it is bound (`SQLITE_TRANSIENT`), up to its
/// first NUL, as GRDB binds it: entries in the full-text index are removed
/// with text GRDB binds, and must be made from the same bytes (``SearchIndex``).
struct StatementBinder {
    private let statement: Statement
    private var position: Int32 = 0

    /// Starts binding `statement` from its first parameter.
    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Binds `value` (`NULL` for `nil`) to the next parameter.
    mutating func bind(_ value: String?) {
        position += 1
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, position)
            return
        }
        var text = value
        text.withUTF8 { utf8 in
            guard let bytes = utf8.baseAddress else {
                sqlite3_bind_text(statement.sqliteStatement, position, "", 0, Self.transient)
                return
            }
            // memchr, not firstIndex(of:): a body's bytes are scanned on every insert.
            let length = memchr(bytes, 0, utf8.count).map { UnsafeRawPointer(bytes).distance(to: $0) } ?? utf8.count
            bytes.withMemoryRebound(to: CChar.self, capacity: utf8.count) { characters in
                _ = sqlite3_bind_text(statement.sqliteStatement, position, characters, Int32(length), Self.transient)
            }
        }
    }

    /// Binds `value` to the next parameter.
    mutating func bind(_ value: Int64) {
        position += 1
        sqlite3_bind_int64(statement.sqliteStatement, position, value)
    }

    /// Binds `value` to the next parameter.
    mutating func bind(_ value: Double) {
        position += 1
        sqlite3_bind_double(statement.sqliteStatement, position, value)
    }

    /// Runs the statement to its end.
    /// - throws: `DatabaseError` with SQLite's code and message.
    func execute() throws(DatabaseError) {
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            switch code {
            case SQLITE_DONE: return
            case SQLITE_ROW: continue
            default: throw failure(code)
            }
        }
    }

    /// Runs the statement and gives the text of the first column of each row
    /// (`NULL` as nothing) to `receive`.
    /// - throws: `DatabaseError` with SQLite's code and message.
    func forEachText(_ receive: (String) -> Void) throws(DatabaseError) {
        while true {
            let code = sqlite3_step(statement.sqliteStatement)
            switch code {
            case SQLITE_DONE: return
            case SQLITE_ROW:
                if let text = sqlite3_column_text(statement.sqliteStatement, 0) {
                    receive(String(cString: text))
                }
            default: throw failure(code)
            }
        }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let connection = sqlite3_db_handle(statement.sqliteStatement)
        let extendedCode = sqlite3_extended_errcode(connection)
        let message = sqlite3_errmsg(connection).map { String(cString: $0) }
        sqlite3_reset(statement.sqliteStatement)
        return DatabaseError(
            resultCode: ResultCode(rawValue: extendedCode & 0xFF == code & 0xFF ? extendedCode : code),
            message: message, sql: statement.sql)
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the value before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
