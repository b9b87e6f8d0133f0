import Foundation
import GRDB
import ReaderModels

/// This device's hybrid logical clock, kept in the `device` row within the
/// Sync API's ``ClockBound``.
enum LocalClock {
    /// The bound every clock is kept within.
    static let bound = ClockBound.standard

    /// The `device` row's clock columns.
    struct Stored {
        /// This device's id.
        var id: String
        /// The clock as ``DeviceClock`` reports it.
        var clock: DeviceClock
        /// The greatest clock received from a server, if any.
        var seen: HybridLogicalClock?

        /// The wall clock at `now` corrected by the learned offset, in ms since 1970.
        func wallMS(_ now: Date) -> Int64 {
            let (ms, overflows) = HybridLogicalClock.ms(of: now).addingReportingOverflow(clock.offsetMS ?? 0)
            return overflows ? (ms < 0 ? .max : .min) : ms
        }
    }

    /// Reads the `device` row.
    static func load(in db: Database) throws -> Stored {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM device") else {
            throw StoreError.database(operation: "reading this device's clock", reason: "no device row")
        }
        func clock(_ prefix: String) -> HybridLogicalClock? {
            let ms: Int64 = row["\(prefix)_ms"]
            return ms > 0 ? HybridLogicalClock(ms: ms, counter: row["\(prefix)_counter"], device: row["\(prefix)_device"]) : nil
        }
        return Stored(
            id: row["id"],
            clock: DeviceClock(last: clock("clock"), offsetMS: row["clock_offset_ms"], skippedClocks: row["clocks_skipped"]),
            seen: clock("seen"))
    }

    /// A new stamp for a local change made at `now` (by the wall clock, which
    /// the learned offset corrects), later than `floor`, saved as the last clock.
    ///
    /// - parameter floor: the greatest clock of the values the change
    ///   replaces: a received clock may be later than the last clock (which
    ///   moves at most the bound past the wall clock), and the change must
    ///   still win over it, here and everywhere.
    static func stamp(now: Date, above floor: HybridLogicalClock? = nil, in db: Database) throws -> HybridLogicalClock {
        let device = try load(in: db)
        let after = [device.clock.last, floor].compactMap { $0 }.max()
        let clock = HybridLogicalClock.next(after: after, wallClockMS: device.wallMS(now), device: device.id)
        try remember(clock, in: db)
        return clock
    }

    /// Records `clock` (received from a server at `now`, and valid) as seen,
    /// and moves the last clock forward to it if it is later, but never more
    /// than the bound past the corrected wall clock: a later clock moves it
    /// only that far.
    static func observe(_ clock: HybridLogicalClock, now: Date, in db: Database) throws {
        let device = try load(in: db)
        if device.seen.map({ clock > $0 }) ?? true {
            try db.execute(
                sql: "UPDATE device SET seen_ms = ?, seen_counter = ?, seen_device = ?",
                arguments: [clock.ms, clock.counter, clock.device])
        }
        let latest = bound.latestMS(admittedAt: device.wallMS(now))
        let observed = clock.ms > latest ? HybridLogicalClock(ms: latest, counter: 0, device: "") : clock
        if device.clock.last.map({ observed > $0 }) ?? true { try remember(observed, in: db) }
    }

    /// After a server at `serverMS` refused clocks more than the bound ahead
    /// of it, at `now`: learns the offset of this device's wall clock, and
    /// puts the last clock back to the latest clock known to be good (the
    /// greatest seen, `floor`, or the server's time), at most the bound past
    /// the server's time.
    /// - parameter floor: the latest pending change that is not re-stamped.
    static func rebase(toServerMS serverMS: Int64, now: Date, floor: HybridLogicalClock?, in db: Database) throws {
        let device = try load(in: db)
        let cap = HybridLogicalClock(ms: bound.latestMS(admittedAt: serverMS), counter: 0, device: "")
        let good = [device.seen, floor, HybridLogicalClock(ms: serverMS, counter: 0, device: "")].compactMap { $0 }.max()
        let base = min(good ?? cap, cap)
        let (offset, overflows) = serverMS.subtractingReportingOverflow(HybridLogicalClock.ms(of: now))
        try db.execute(sql: "UPDATE device SET clock_offset_ms = ?", arguments: [overflows ? 0 : offset])
        try remember(base, in: db)
    }

    /// Adds `count` received clocks skipped as out of bounds.
    static func countSkipped(_ count: Int, in db: Database) throws {
        try db.execute(sql: "UPDATE device SET clocks_skipped = clocks_skipped + ?", arguments: [count])
    }

    private static func remember(_ clock: HybridLogicalClock, in db: Database) throws {
        try db.execute(
            sql: "UPDATE device SET clock_ms = ?, clock_counter = ?, clock_device = ?",
            arguments: [clock.ms, clock.counter, clock.device])
    }
}
