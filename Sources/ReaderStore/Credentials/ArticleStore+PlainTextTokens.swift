import GRDB

/// A bearer token an older version kept in the cache, in plain text.
package struct PlainTextToken: Sendable, Equatable {
    /// The source's URL.
    package var sourceURL: String
    /// The token.
    package var token: String
}

extension ArticleStore {
    /// The tokens an older version left in the cache, to be moved to the
    /// credential store and then erased with ``erasePlainTextTokens(of:)``.
    /// - throws: ``StoreError``.
    package func plainTextTokens() async throws(StoreError) -> [PlainTextToken] {
        try await read("reading the tokens left in the cache") { db in
            try Row.fetchAll(db, sql: "SELECT url, token FROM source WHERE token IS NOT NULL").map {
                PlainTextToken(sourceURL: $0["url"], token: $0["token"])
            }
        }
    }

    /// Erases the plain-text tokens of the sources at `urls` from the file:
    /// the rows are rewritten with SQLite's `secure_delete` (freed bytes are
    /// zeroed) and the write-ahead log is checkpointed and truncated, so no
    /// copy of a token stays in the cache or its `-wal` file.
    /// - throws: ``StoreError``.
    package func erasePlainTextTokens(of urls: [String]) async throws(StoreError) {
        guard !urls.isEmpty else { return }
        try await writeWithoutTransaction("erasing the tokens left in the cache") { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
            try db.inTransaction {
                for url in urls {
                    try db.execute(sql: "UPDATE source SET token = NULL, has_token = 1 WHERE url = ?", arguments: [url])
                }
                return .commit
            }
            try db.checkpointTruncatingLog()
        }
    }
}
