import Foundation
import GRDB
import ReaderModels

/// When a publish's new items count as crawled.
enum CrawlOrder: Sendable {
    /// After every item crawled before (at least a second later): an admin
    /// publish, so a client asking with `ot` set to an earlier crawl sees it.
    case afterEarlier
    /// In the same second as the items before may be: the later batches of one publish.
    case withEarlier
}

/// How articles get Google Reader item numbers and crawl times, and which
/// subscription (`feed/N`) holds them.
///
/// Item numbers increase in publish order and start at 2^53 plus the
/// microseconds since 1970, so their decimal form is a 16-digit string and
/// no `Double` holds them exactly (FreshRSS's are plain microsecond times).
/// An article keeps its number through edits, retraction and republication.
/// With ``highFirstID`` the first article of an empty store gets
/// ``highItem`` instead, whose signed decimal form is negative.
struct GReaderNumbering: Sendable {
    /// The first item number's offset: 2^53.
    static let itemBase: Int64 = 1 << 53
    /// The first item number with ``highFirstID``: `0xfffffffffffffff0`, `-16` as a signed `Int64`.
    static let highItem = Int64(bitPattern: 0xffff_ffff_ffff_fff0)

    /// How many subscriptions the articles are split into.
    let feedCount: Int
    /// Whether the first item of an empty store is numbered ``highItem``.
    let highFirstID: Bool
    /// The server's time.
    let now: @Sendable () -> Date

    /// The subscription an article belongs to: a stable hash of its id, from 1 to ``feedCount``.
    func feed(ofArticle id: String) -> Int64 {
        var hash = StableHash()
        hash.combine(id)
        return Int64(hash.value % UInt64(feedCount)) + 1
    }

    /// Numbers the articles among `ids` that have no item number yet, in
    /// order, unless their subscription was unsubscribed.
    func number(_ ids: [String], crawl: CrawlOrder, in db: Database) throws {
        let date = now()
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let lastCrawl = try Int64.fetchOne(db, sql: "SELECT max(crawl_s) FROM greader_item")
        let crawlSeconds = max(seconds, (lastCrawl ?? 0) + (crawl == .afterEarlier ? 1 : 0))
        let lastItem = try Int64.fetchOne(db, sql: "SELECT max(item) FROM greader_item")
        let timeItem = Self.itemBase + Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        var next = max((lastItem ?? 0) + 1, timeItem)
        var isFirst = lastItem == nil && highFirstID
        let feeds = Set(try Int64.fetchAll(db, sql: "SELECT number FROM greader_feed"))
        for id in ids {
            let feed = feed(ofArticle: id)
            guard feeds.contains(feed),
                try Int64.fetchOne(db, sql: "SELECT item FROM greader_item WHERE article_id = ?", arguments: [id])
                    == nil
            else { continue }
            try db.execute(
                sql: "INSERT INTO greader_item (item, article_id, feed, crawl_s) VALUES (?, ?, ?, ?)",
                arguments: [isFirst ? Self.highItem : next, id, feed, crawlSeconds])
            if isFirst { isFirst = false } else { next += 1 }
        }
    }

    /// Creates the subscriptions `feed/1` ... `feed/N` on a store that has
    /// none, then numbers the live articles that have no number yet (a
    /// database first served without the GReader routes), in publish order.
    func prepare(in db: Database) throws {
        if try Int.fetchOne(db, sql: "SELECT count(*) FROM greader_feed") == 0 {
            for number in 1...feedCount {
                try db.execute(
                    sql: "INSERT INTO greader_feed (number, title, url, html_url, folder) VALUES (?, ?, ?, ?, ?)",
                    arguments: [
                        number, Self.title(ofFeed: number), "http://127.0.0.1/feeds/greader-\(number).xml",
                        "http://127.0.0.1/greader-\(number)/", number % 2 == 1 ? "News" : "Provinces",
                    ])
            }
        }
        let unnumbered = try String.fetchAll(
            db,
            sql: """
                SELECT id FROM article WHERE retracted = 0
                AND id NOT IN (SELECT article_id FROM greader_item) ORDER BY seq
                """)
        try number(unnumbered, crawl: .withEarlier, in: db)
    }

    /// The title of start-up subscription `number`, with the characters FreshRSS escapes.
    static func title(ofFeed number: Int) -> String {
        number % 2 == 1 ? "CNIPA news & notes \(number)" : "Province briefs, <Q&A> \(number); who\\what/where?"
    }
}

extension ServerStore {
    /// Readies the GReader tables when ``itemNumbering`` is set (see ``GReaderNumbering/prepare(in:)``).
    func prepareGReader() async throws(ServerStoreError) {
        guard let numbering = itemNumbering else { return }
        try await write { db in try numbering.prepare(in: db) }
    }
}
