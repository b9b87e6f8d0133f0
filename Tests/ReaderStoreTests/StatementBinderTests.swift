import GRDB
@testable import ReaderStore
import Testing

/// The write path's binder stores what GRDB's own binding stores, and
/// reports SQLite's failures as GRDB does.
@Suite struct StatementBinderTests {
    private static let values: [String?] = [nil, "", "Yunnan", "知识产权 · 가 é", "before\u{0}after"]

    private func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER, real REAL, name TEXT UNIQUE)")
        }
        return queue
    }

    @Test func boundValuesAreStoredAsGRDBStoresThem() throws {
        let queue = try table()
        try queue.write { db in
            let sql = "INSERT INTO t (id, text, number, real) VALUES (?, ?, ?, ?)"
            for (index, value) in Self.values.enumerated() {
                var insert = StatementBinder(try db.cachedStatement(sql: sql))
                insert.bind(Int64(index))
                insert.bind(value)
                insert.bind(Int64.max - Int64(index))
                insert.bind(Double(index) + 0.25)
                try insert.execute()
                try db.execute(sql: sql, arguments: [index + 100, value, Int64.max - Int64(index), Double(index) + 0.25])
            }
        }
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, text, hex(text), typeof(text), number, real FROM t ORDER BY id")
        }
        #expect(rows.count == 2 * Self.values.count)
        for index in Self.values.indices {
            let mine = rows[index]
            let grdbs = rows[index + Self.values.count]
            #expect(mine["id"] as Int64 == Int64(index) && grdbs["id"] as Int64 == Int64(index + 100))
            #expect(mine[2] as String? == grdbs[2] as String?)
            #expect(mine[3] as String == grdbs[3] as String)
            #expect(mine["number"] as Int64 == Int64.max - Int64(index))
            #expect(mine["real"] as Double == Double(index) + 0.25)
        }
        #expect(rows[0][3] as String == "null" && rows[1][3] as String == "text")
        #expect(rows[3]["text"] as String == "知识产权 · 가 é")
        #expect(rows[4]["text"] as String == "before")
    }

    @Test func aFailedStepThrowsSQLitesErrorAndTheStatementWorksAgain() throws {
        let queue = try table()
        let sql = "INSERT INTO t (name) VALUES (?)"
        try queue.write { db in
            for name in ["a", "a", "b"] {
                var insert = StatementBinder(try db.cachedStatement(sql: sql))
                insert.bind(name)
                guard name == "a", try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 1 else {
                    try insert.execute()
                    continue
                }
                let error = #expect(throws: DatabaseError.self) { try insert.execute() }
                #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE)
                #expect(error?.message?.contains("t.name") == true)
                #expect(error?.sql == sql)
            }
            #expect(try String.fetchAll(db, sql: "SELECT name FROM t ORDER BY name") == ["a", "b"])
        }
    }

    @Test func eachRowsTextIsRead() throws {
        let queue = try table()
        let names = try queue.write { db in
            try db.execute(sql: "INSERT INTO t (name) VALUES ('知识'), ('产权'), (NULL), ('')")
            var lookup = StatementBinder(try db.cachedStatement(sql: "SELECT name FROM t WHERE name IN (?, ?, ?) OR name IS NULL ORDER BY id"))
            lookup.bind("知识")
            lookup.bind("")
            lookup.bind("absent")
            var names: [String] = []
            try lookup.forEachText { names.append($0) }
            return names
        }
        #expect(names == ["知识", ""])
    }
}
