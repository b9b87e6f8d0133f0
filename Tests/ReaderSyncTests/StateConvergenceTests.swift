import Foundation
import ReaderCore
import ReaderTestSupport
import Testing

/// Devices that edit offline and sync in any order converge on last writer wins.
@Suite struct StateConvergenceTests {
    /// One phone: its own cache and engine, and a wall clock that may be skewed.
    struct Phone {
        let store: ArticleStore
        let engine: SyncEngine
        let skew: TimeInterval
    }

    private func makePhone(server: FakeStateServer, duplicatePosts: Bool, skew: TimeInterval) async throws -> Phone {
        let transport = ScriptedTransport { request, _ in
            let answer = server.answer(request)
            // A POST applied twice (a retry after a lost answer) must change nothing.
            if duplicatePosts && request.method == .post { _ = server.answer(request) }
            return answer
        }
        let store = try ArticleStore.makeInMemory()
        let engine = SyncEngine(store: store, transport: transport, policy: quickRetries)
        let source = try await store.addSource(url: FakeStateServer.url)
        _ = try await engine.sync(source)
        return Phone(store: store, engine: engine, skew: skew)
    }

    private func sync(_ phone: Phone) async throws {
        let source = try #require(try await phone.store.source(url: FakeStateServer.url))
        _ = try await phone.engine.sync(source)
    }

    /// What every (article, field) must end as: the change with the greatest clock.
    private func expectedWinners(_ made: [StateChange]) -> [String: Bool] {
        var winners: [String: StateChange] = [:]
        for change in made {
            let key = "\(change.remoteID)/\(change.field.rawValue)"
            if winners[key].map({ change.clock > $0.clock }) ?? true { winners[key] = change }
        }
        return winners.mapValues(\.value)
    }

    private func values(on phone: Phone, articles: Int) async throws -> [String: Bool] {
        var values: [String: Bool] = [:]
        for number in 0..<articles {
            let id = ArticleID(sourceURL: FakeStateServer.url, remoteID: "a-\(number)")
            let state = try await phone.store.state(of: id)
            if state.readClock != nil { values["a-\(number)/read"] = state.isRead }
            if state.bookmarkedClock != nil { values["a-\(number)/bookmarked"] = state.isBookmarked }
        }
        return values
    }

    @Test(arguments: 0..<500)
    func randomHistoriesConverge(seed: Int) async throws {
        var random = SeededRandom(seed: UInt64(seed))
        let articles = 3
        let server = FakeStateServer(articleCount: articles, duplicateAndReorder: random.next() % 2 == 0)
        var phones: [Phone] = []
        for _ in 0..<(2 + Int(random.next() % 3)) {
            let skew = Double(Int(random.next() % 172_800_001) - 86_400_000) / 1000  // ±24 h
            phones.append(try await makePhone(server: server, duplicatePosts: random.next() % 2 == 0, skew: skew))
        }
        var made: [StateChange] = []
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for step in 0..<(4 + Int(random.next() % 12)) {
            let phone = phones[Int(random.next() % UInt64(phones.count))]
            if random.next() % 3 == 0 {
                try await sync(phone)
                continue
            }
            let number = Int(random.next() % UInt64(articles))
            let id = ArticleID(sourceURL: FakeStateServer.url, remoteID: "a-\(number)")
            let field: StateField = random.next() % 2 == 0 ? .read : .bookmarked
            let value = random.next() % 2 == 0
            let now = start.addingTimeInterval(Double(step) + phone.skew)
            // Every mark is an operation of the model, a repeat of the value the
            // phone already shows included: it is the user's latest intent.
            try await phone.store.setFlag(field, to: value, for: [id], now: now)
            let state = try await phone.store.state(of: id)
            let clock = try #require(field == .read ? state.readClock : state.bookmarkedClock)
            made.append(StateChange(remoteID: "a-\(number)", field: field, value: value, clock: clock))
        }
        // Two rounds: the first delivers every outbox, the second every winner.
        for _ in 0..<2 { for phone in phones { try await sync(phone) } }

        let expected = expectedWinners(made)
        #expect(server.winners.mapValues(\.value) == expected)
        for phone in phones {
            let values = try await values(on: phone, articles: articles)
            #expect(values == expected, "phone with skew \(phone.skew) diverged")
            #expect(try await phone.store.outboxCount() == 0)
        }
    }

    /// The two-phone case of issue 10: B already shows A's mark; offline, A
    /// reverses it, then B repeats it. B's repeat is the latest intent and wins,
    /// though it changed nothing on B when it was made.
    @Test(arguments: StateField.allCases)
    func aRepeatedMarkMadeLastWins(field: StateField) async throws {
        let server = FakeStateServer(articleCount: 1, duplicateAndReorder: false)
        let a = try await makePhone(server: server, duplicatePosts: false, skew: 0)
        let b = try await makePhone(server: server, duplicatePosts: false, skew: 0)
        let id = ArticleID(sourceURL: FakeStateServer.url, remoteID: "a-0")
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        try await a.store.setFlag(field, to: true, for: [id], now: now)
        try await sync(a)
        try await sync(b)
        #expect(try await flag(field, of: id, on: b) == true)
        // Offline: A reverses the mark, then B marks it again.
        try await a.store.setFlag(field, to: false, for: [id], now: now.addingTimeInterval(10))
        let changedOnB = try await b.store.setFlag(field, to: true, for: [id], now: now.addingTimeInterval(20))
        #expect(changedOnB == MarkResult(marked: 1, changed: 0), "the repeat changes nothing on B, yet marks it")
        #expect(try await b.store.outboxCount() == 1, "yet it is recorded")
        for phone in [a, b, a, b] { try await sync(phone) }
        #expect(try await flag(field, of: id, on: a) == true)
        #expect(try await flag(field, of: id, on: b) == true)
        #expect(server.winners["a-0/\(field.rawValue)"]?.value == true)
    }

    private func flag(_ field: StateField, of id: ArticleID, on phone: Phone) async throws -> Bool {
        let state = try await phone.store.state(of: id)
        return field == .read ? state.isRead : state.isBookmarked
    }

    @Test func aPhoneADayBehindThatSyncedWinsWithItsLaterChange() async throws {
        let server = FakeStateServer(articleCount: 1, duplicateAndReorder: false)
        let day: TimeInterval = 86_400
        let a = try await makePhone(server: server, duplicatePosts: false, skew: 0)
        let b = try await makePhone(server: server, duplicatePosts: false, skew: -day)
        let id = ArticleID(sourceURL: FakeStateServer.url, remoteID: "a-0")
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        try await a.store.setFlag(.bookmarked, to: true, for: [id], now: now)
        try await sync(a)
        try await sync(b)
        #expect(try await b.store.state(of: id).isBookmarked)
        // B's wall clock says yesterday, yet its change comes after it saw A's.
        try await b.store.setFlag(.bookmarked, to: false, for: [id], now: now.addingTimeInterval(60 - day))
        try await sync(b)
        try await sync(a)
        #expect(try await a.store.state(of: id).isBookmarked == false)
        #expect(try await b.store.state(of: id).isBookmarked == false)
        #expect(server.winners["a-0/bookmarked"]?.value == false)
    }
}
