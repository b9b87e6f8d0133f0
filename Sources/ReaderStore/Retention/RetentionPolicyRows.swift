import GRDB
import ReaderModels

/// The retention policy as the `retention` and `retention_source` rows (schema v9).
enum RetentionPolicyRows {
    static func load(_ db: Database) throws -> RetentionPolicy {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM retention WHERE id = 1") else { return .keepEverything }
        var policy = RetentionPolicy(
            maxAge: row["max_age"], maxCount: row["max_count"], keepUnreadYoungerThan: row["keep_unread_younger_than"],
            stateRetention: row["state_retention"])
        for source in try Row.fetchAll(db, sql: "SELECT * FROM retention_source") {
            policy.sourceLimits[source["source_id"]] = RetentionPolicy.Limits(
                maxAge: source["max_age"], maxCount: source["max_count"])
        }
        return policy
    }

    static func save(_ policy: RetentionPolicy, in db: Database) throws {
        try db.execute(sql: "DELETE FROM retention_source; DELETE FROM retention;")
        guard policy != .keepEverything else { return }
        try db.execute(
            sql: """
                INSERT INTO retention (id, max_age, max_count, keep_unread_younger_than, state_retention)
                VALUES (1, ?, ?, ?, ?)
                """,
            arguments: [policy.limits.maxAge, policy.limits.maxCount, policy.keepUnreadYoungerThan, policy.stateRetention])
        let known = try db.cachedStatement(sql: "SELECT 1 FROM source WHERE id = ?")
        let insert = try db.cachedStatement(
            sql: "INSERT INTO retention_source (source_id, max_age, max_count) VALUES (?, ?, ?)")
        for (sourceID, limits) in policy.sourceLimits.sorted(by: { $0.key < $1.key }) where !limits.isUnlimited {
            guard try Bool.fetchOne(known, arguments: [sourceID]) != nil else {
                throw StoreError.sourceNotFound(String(sourceID))
            }
            try insert.execute(arguments: [sourceID, limits.maxAge, limits.maxCount])
        }
    }
}
