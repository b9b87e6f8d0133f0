import Foundation
import GRDB
import ReaderModels

/// This device's hybrid logical clock, kept in the `device` row.
enum LocalClock {
    /// A new stamp for a local change made at `now`, saved as the last seen clock.
    static func stamp(now: Date, in db: Database) throws -> HybridLogicalClock {
        let row = try Row.fetchOne(db, sql: "SELECT * FROM device")
        guard let row else { throw StoreError.database(operation: "stamping a change", reason: "no device row") }
        let device: String = row["id"]
        let lastMS: Int64 = row["clock_ms"]
        let last = lastMS > 0
            ? HybridLogicalClock(ms: lastMS, counter: row["clock_counter"], device: row["clock_device"]) : nil
        let clock = HybridLogicalClock.next(
            after: last, wallClockMS: Int64((now.timeIntervalSince1970 * 1000).rounded(.down)), device: device)
        try remember(clock, in: db)
        return clock
    }

    /// Moves the last seen clock forward to `clock` if it is later.
    static func observe(_ clock: HybridLogicalClock, in db: Database) throws {
        let row = try Row.fetchOne(db, sql: "SELECT clock_ms, clock_counter, clock_device FROM device")
        if let row {
            let last = HybridLogicalClock(ms: row["clock_ms"], counter: row["clock_counter"], device: row["clock_device"])
            guard clock > last else { return }
        }
        try remember(clock, in: db)
    }

    private static func remember(_ clock: HybridLogicalClock, in db: Database) throws {
        try db.execute(
            sql: "UPDATE device SET clock_ms = ?, clock_counter = ?, clock_device = ?",
            arguments: [clock.ms, clock.counter, clock.device])
    }
}
