import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

/// This device's clock within the Sync API's clock bound: re-stamping after a
/// `clock_ahead` refusal, validating received clocks, bounding what they move.
@Suite struct DeviceClockTests {
    static let day = StoreFactory.day
    static let dayMS = HybridLogicalClock.ms(of: day)
    static let aDay: TimeInterval = 86_400

    /// A store with a sync endpoint holding the articles `a-0` ... `a-(count-1)`.
    private func endpoint(articles count: Int) async throws -> (ArticleStore, Source, [ArticleID]) {
        let store = try StoreFactory.make("disk")
        var source = try await store.addSource(url: "http://sync.example/api")
        try await store.updateSource(source.id, with: SourceUpdate(kind: .syncEndpoint))
        source.kind = .syncEndpoint
        let articles = (0..<count).map { StoreFactory.article("a-\($0)", source: source) }
        _ = try await store.apply(ArticleBatch(articles: articles), to: source.id)
        return (store, source, articles.map(\.id))
    }

    private func remote(_ id: String, _ value: Bool, ms: Int64, counter: Int64 = 0) -> StateChange {
        StateChange(remoteID: id, field: .read, value: value, clock: HybridLogicalClock(ms: ms, counter: counter, device: "other"))
    }

    @Test("re-stamping keeps the order of the changes ahead, after the ones kept and what was seen, within the bound")
    func restampingKeepsOrder() async throws {
        let (store, source, ids) = try await endpoint(articles: 5)
        // Made while the wall clock was right: within the bound, kept as it is.
        try await store.setFlag(.bookmarked, to: true, for: [ids[4]], now: Self.day)
        // Seen from another device a minute later, then the wall clock jumps a day ahead.
        let seen = remote("a-0", false, ms: Self.dayMS + 60_000, counter: 3)
        _ = try await store.applyRemoteChanges([seen], from: source, stateCursor: nil, serverTime: Self.day, now: Self.day)
        let fast = Self.day.addingTimeInterval(Self.aDay)
        try await store.setFlag(.read, to: true, for: [ids[0]], now: fast)
        try await store.setFlag(.bookmarked, to: true, for: [ids[1]], now: fast.addingTimeInterval(1))
        try await store.setFlag(.read, to: true, for: [ids[2], ids[3]], now: fast.addingTimeInterval(2))
        try await store.setFlag(.bookmarked, to: false, for: [ids[1]], now: fast.addingTimeInterval(3))
        let before = try await store.pendingChanges(for: source)
        // a-2 and a-3 share one clock: their order between them is the store's.
        func order(_ changes: [StateChange]) -> [String] {
            changes.map { $0.remoteID == "a-3" ? "a-2/read" : "\($0.remoteID)/\($0.field.rawValue)" }
        }
        #expect(order(before) == ["a-4/bookmarked", "a-0/read", "a-2/read", "a-2/read", "a-1/bookmarked"])

        let serverMS = Self.dayMS + 120_000
        let restamped = try await store.restampPendingChanges(
            for: source, serverMS: serverMS, now: fast.addingTimeInterval(120))
        #expect(restamped == 4)
        let after = try await store.pendingChanges(for: source)
        #expect(order(after) == order(before), "the same changes in the same order")
        #expect(Set(after.map(\.remoteID)) == Set(before.map(\.remoteID)))
        #expect(after[0] == before[0], "a change within the bound keeps its clock")
        let clocks = after.map(\.clock)
        #expect(clocks[1] > seen.clock && clocks[1] > clocks[0], "after what was kept and what was seen")
        #expect(clocks[1] < clocks[2] && clocks[2] == clocks[3] && clocks[3] < clocks[4], "in order; one edit, one clock")
        #expect(clocks.allSatisfy { $0.ms <= serverMS + 300_000 }, "\(clocks)")
        for change in after.dropFirst() {
            let id = ArticleID(sourceURL: source.url, remoteID: change.remoteID)
            let state = try await store.state(of: id)
            #expect((change.field == .read ? state.readClock : state.bookmarkedClock) == change.clock, "state carries the new clock")
        }
        let clock = try await store.deviceClock()
        #expect(clock.offsetMS == serverMS - HybridLogicalClock.ms(of: fast.addingTimeInterval(120)))
        #expect(try #require(clock.last).ms <= serverMS + 300_000)

        // Later local changes are stamped by the corrected wall clock: after the re-stamped ones, near server time.
        try await store.setFlag(.read, to: false, for: [ids[0]], now: fast.addingTimeInterval(180))
        let later = try #require(try await store.pendingChanges(for: source).last)
        #expect(later.remoteID == "a-0" && later.clock > clocks[4])
        #expect(later.clock.ms == serverMS + 60_000)
    }

    @Test("a refused push whose stamps are all within the bound re-stamps nothing")
    func nothingToRestamp() async throws {
        let (store, source, ids) = try await endpoint(articles: 1)
        try await store.setFlag(.read, to: true, for: [ids[0]], now: Self.day)
        let before = try await store.pendingChanges(for: source)
        #expect(try await store.restampPendingChanges(for: source, serverMS: Self.dayMS, now: Self.day) == 0)
        #expect(try await store.pendingChanges(for: source) == before)
    }

    @Test("a page with absurd clocks is skipped and counted, moves no clock, and a later mark works")
    func absurdClocksAreSkipped() async throws {
        let (store, source, ids) = try await endpoint(articles: 3)
        try await store.setFlag(.read, to: true, for: [ids[2]], now: Self.day)
        let clockBefore = try await store.deviceClock()
        let page = [
            remote("a-0", true, ms: Self.dayMS, counter: .max),
            remote("a-1", true, ms: Self.dayMS + 3_600_000),
            remote("a-1", true, ms: -5),
            remote("a-2", false, ms: Self.dayMS - 1_000),
        ]
        let merged = try await store.applyRemoteChanges(
            page, from: source, stateCursor: "1", serverTime: Self.day, now: Self.day)
        #expect(merged == RemoteMergeResult(applied: 0, skipped: 3))
        #expect(try await store.state(of: ids[0]).isRead == false)
        #expect(try await store.state(of: ids[1]).isRead == false)
        #expect(try await store.state(of: ids[2]).isRead, "an older valid change loses to the local one")
        let clockAfter = try await store.deviceClock()
        #expect(clockAfter.last == clockBefore.last)
        #expect(clockAfter.skippedClocks == 3)
        #expect(try await store.status().clock.skippedClocks == 3)

        #expect(try await store.setFlag(.bookmarked, to: true, for: [ids[0]], now: Self.day.addingTimeInterval(1)).changed == 1)
        let stamp = try #require(try await store.state(of: ids[0]).bookmarkedClock)
        #expect(stamp.ms == Self.dayMS + 1_000 && stamp.counter == 0)
    }

    @Test("without a Date header received clocks are judged by the device's corrected wall clock")
    func judgedByTheWallClockWithoutDate() async throws {
        let (store, source, _) = try await endpoint(articles: 1)
        let merged = try await store.applyRemoteChanges(
            [remote("a-0", true, ms: Self.dayMS + 400_000)], from: source, stateCursor: nil, now: Self.day)
        #expect(merged.skipped == 1)
    }

    @Test("a received clock moves the local clock at most the bound past the corrected wall clock; a mark still beats it")
    func observingIsBounded() async throws {
        let (store, source, ids) = try await endpoint(articles: 1)
        // The server says it is 10 minutes later than this device thinks: a clock
        // 8 minutes past the device's time is valid, and applied, but moves the clock 5.
        let change = remote("a-0", true, ms: Self.dayMS + 480_000)
        let merged = try await store.applyRemoteChanges(
            [change], from: source, stateCursor: nil, serverTime: Self.day.addingTimeInterval(600), now: Self.day)
        #expect(merged == RemoteMergeResult(applied: 1, skipped: 0))
        #expect(try await store.state(of: ids[0]).isRead)
        #expect(try await store.deviceClock().last?.ms == Self.dayMS + 300_000)

        // The user then marks it unread: the mark still wins over the clock it
        // replaces, or this device would show a value every other one has lost.
        try await store.setFlag(.read, to: false, for: [ids[0]], now: Self.day.addingTimeInterval(1))
        let mark = try #require(try await store.state(of: ids[0]).readClock)
        #expect(mark > change.clock)
        #expect(try await store.pendingChanges(for: source).map(\.clock) == [mark])
    }
}
