import Foundation
import HummingbirdTesting
import ReaderCore
import ReaderCurl
import ReferenceServerCore
import Testing

/// Issue 10 §2: a phone whose wall clock is a day fast cannot poison the
/// others. Two caches on disk sync with the live server through libcurl; the
/// server refuses the fast phone's clocks, the phone re-stamps by the server's
/// time and keeps that offset.
@Suite("A phone a day fast and a phone on time, through the live server")
struct FastClockTests {
    /// One phone: its cache, its engine, and its wall clock `skew` seconds off real time.
    struct Phone {
        let store: ArticleStore
        let engine: SyncEngine
        let skew: TimeInterval
        let endpoint: String

        init(directory: URL, name: String, skew: TimeInterval, endpoint: String) throws {
            store = try ArticleStore(path: directory.appendingPathComponent("\(name).sqlite").path)
            engine = SyncEngine(
                store: store, transport: CurlTransport(), wallClock: { Date().addingTimeInterval(skew) })
            self.skew = skew
            self.endpoint = endpoint
        }

        /// This phone's wall clock now.
        var now: Date { Date().addingTimeInterval(skew) }

        @discardableResult
        func sync() async throws -> SyncReport {
            if let source = try await store.source(url: endpoint) { return try await engine.sync(source) }
            return try await engine.sync(try await store.addSource(url: endpoint))
        }

        /// Every article's (read, bookmarked), by remote id.
        func flags() async throws -> [String: [Bool]] {
            let entries = try await store.articles(ArticleQuery(limit: 1000))
            return Dictionary(uniqueKeysWithValues: entries.map { ($0.article.remoteID, [$0.isRead, $0.isBookmarked]) })
        }
    }

    /// One user action: a phone sets a field on a range of articles, then
    /// syncs, and the other phone syncs (unless `offline`).
    struct Mark {
        let phone: Int
        let field: StateField
        let articles: Range<Int>
        var offline = false
    }

    static let marks = [
        Mark(phone: 0, field: .read, articles: 0..<8),
        Mark(phone: 1, field: .read, articles: 4..<12),
        Mark(phone: 0, field: .bookmarked, articles: 0..<6, offline: true),
        Mark(phone: 0, field: .read, articles: 2..<5),
        Mark(phone: 1, field: .bookmarked, articles: 3..<9),
        Mark(phone: 0, field: .read, articles: 6..<10),
        Mark(phone: 1, field: .read, articles: 0..<4, offline: true),
        Mark(phone: 1, field: .bookmarked, articles: 5..<7),
        Mark(phone: 0, field: .bookmarked, articles: 5..<12),
        Mark(phone: 1, field: .bookmarked, articles: 0..<3),
        Mark(phone: 0, field: .read, articles: 0..<12),
    ]

    @Test("alternating marks end on the latest intent in real time, and no clock runs more than 5 minutes ahead")
    func latestIntentWins() async throws {
        try await withTemporaryDirectory { directory in
            try await withServer(.live, configure: { configuration, _ in configuration.corpusCount = 12 }) { client in
                let endpoint = "http://127.0.0.1:\(try #require(client.port))/api"
                let phones = [
                    try Phone(directory: directory, name: "fast", skew: 86_400, endpoint: endpoint),
                    try Phone(directory: directory, name: "on-time", skew: 0, endpoint: endpoint),
                ]
                for phone in phones { try await phone.sync() }
                let ids = try await phones[0].store.articles(ArticleQuery(limit: 100)).map(\.article)
                    .sorted { $0.remoteID < $1.remoteID }
                #expect(ids.count == 12)

                // Each mark flips what the user saw last, so it always changes something.
                var expected = Dictionary(uniqueKeysWithValues: ids.map { ($0.remoteID, [false, false]) })
                var restamped = 0
                for mark in Self.marks {
                    let phone = phones[mark.phone]
                    let slot = mark.field == .read ? 0 : 1
                    for article in ids[mark.articles] {
                        let value = !(expected[article.remoteID]?[slot] ?? false)
                        try await phone.store.setFlag(mark.field, to: value, for: [article.id], now: phone.now)
                        expected[article.remoteID]?[slot] = value
                    }
                    if mark.offline { continue }
                    restamped += try await phone.sync().stateRestamped
                    try await phones[1 - mark.phone].sync()
                    for (index, phone) in phones.enumerated() {
                        let last = try await phone.store.status().clock.last
                        #expect(
                            (last?.ms ?? 0) <= HybridLogicalClock.ms(of: Date()) + 300_000,
                            "phone \(index)'s clock \(last?.description ?? "") is more than 5 minutes ahead of real time")
                    }
                }
                for phone in phones { try await phone.sync() }

                #expect(restamped > 0, "the server refused the fast phone's clocks")
                #expect(try await phones[0].flags() == expected, "the fast phone")
                #expect(try await phones[1].flags() == expected, "the phone on time")
                let state = try await client.get("/api/v1/state?limit=1000").decoded(as: SyncWire.StatePage.self)
                var onServer = Dictionary(uniqueKeysWithValues: ids.map { ($0.remoteID, [false, false]) })
                for change in state.changes { onServer[change.remoteID]?[change.field == .read ? 0 : 1] = change.value }
                #expect(onServer == expected, "the server")
                #expect(state.changes.allSatisfy { $0.clock.ms <= HybridLogicalClock.ms(of: Date()) + 300_000 })

                let fast = try await phones[0].store.status().clock
                let offset = try #require(fast.offsetMS)
                #expect(abs(offset + 86_400_000) < 60_000, "the fast phone learned it is a day ahead: \(offset)")
                #expect(try await phones[1].store.status().clock.offsetMS == nil, "the phone on time was never refused")
            }
        }
    }
}
