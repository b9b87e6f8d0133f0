import Foundation
import GRDB
import ReaderModels

/// One change of the article stream: a published (or edited) article, or a retraction.
enum ArticleChange: Sendable, Equatable {
    case published(SyncWire.Article)
    case retracted(id: String)
}

/// A page of the article stream as the store reads it, before it becomes JSON.
struct ArticleChangePage: Sendable {
    /// The changes, in `seq` order.
    let changes: [ArticleChange]
    /// Where the next page starts.
    let nextSeq: Int64
    /// The horizon when the client's stream started, carried in its cursors.
    let base: Int64
    /// Whether changes after `nextSeq` exist now.
    let hasMore: Bool
    /// The last change number when the page was read.
    let head: Int64
}

/// How a publish treats the `updated` time of an article that already exists.
enum UpdatedPolicy: Sendable {
    /// Keep the `updated` the article brings (feed imports, the corpus).
    case asGiven
    /// Make it later than the stored copy's (admin edits), so the edited copy wins on every client.
    case laterThanStored
}

extension ServerStore {
    /// Publishes new articles and edits existing ones, each taking the next
    /// change number; returns the ids that changed. An article identical to
    /// its live stored copy is left alone, so publishing the same articles
    /// twice changes nothing.
    ///
    /// With ``itemNumbering`` set, new articles get Google Reader item
    /// numbers in the same transaction, crawled as `crawl` says.
    func publish(
        _ articles: [SyncWire.Article], updated policy: UpdatedPolicy, crawl: CrawlOrder = .afterEarlier
    ) async throws(ServerStoreError) -> [String] {
        let prepared = articles.map(ArticlePreparation.prepared)
        let retention = retention
        let numbering = itemNumbering
        return try await write { db in
            var head = try Head.fetch(db)
            var changed: [String] = []
            for article in prepared {
                if try Self.publish(article, updated: policy, head: &head, in: db) { changed.append(article.id) }
            }
            try Self.pruneTombstones(head: &head, retention: retention, in: db)
            try head.save(db)
            if let numbering { try numbering.number(changed, crawl: crawl, in: db) }
            return changed
        }
    }

    /// Retracts the live articles among `ids`, leaving tombstones; returns the
    /// ids that were live.
    func retract(ids: [String]) async throws(ServerStoreError) -> [String] {
        let retention = retention
        return try await write { db in
            var head = try Head.fetch(db)
            var retracted: [String] = []
            for id in ids where try Self.retract(id: id, head: &head, in: db) { retracted.append(id) }
            try Self.pruneTombstones(head: &head, retention: retention, in: db)
            try head.save(db)
            return retracted
        }
    }

    /// The changes after `cursor` (from the start when `nil`), at most `limit`;
    /// `base` is the horizon the cursor's stream started at.
    ///
    /// When `overlap` is on and more pages follow, the next page starts a
    /// quarter of the page back, so it re-sends those changes.
    /// - throws: ``ServerStoreError/cursorExpired(seq:)`` for a cursor the store no longer serves.
    func articlePage(after cursor: Int64?, base: Int64, limit: Int, overlap: Bool) async throws(ServerStoreError)
        -> ArticleChangePage
    {
        try await read { db in
            let head = try Head.fetch(db)
            if let cursor, !head.servesArticleCursor(cursor, base: base) {
                throw ServerStoreError.cursorExpired(seq: cursor)
            }
            let rows = try Row.fetchAll(
                db, sql: "SELECT \(ArticleRow.columns) FROM article WHERE seq > ? ORDER BY seq LIMIT ?",
                arguments: [cursor ?? 0, limit + 1]
            ).map(ArticleRow.init)
            let hasMore = rows.count > limit
            let page = Array(rows.prefix(limit))
            let nextSeq: Int64
            if !hasMore {
                nextSeq = head.articleSeq
            } else if overlap, page.count >= 2 {
                nextSeq = page[page.count - 1 - max(1, page.count / 4)].seq
            } else {
                nextSeq = page.last?.seq ?? head.articleSeq
            }
            let changes = page.map { row in
                row.isRetracted ? ArticleChange.retracted(id: row.article.id) : .published(row.article)
            }
            return ArticleChangePage(
                changes: changes, nextSeq: nextSeq, base: cursor == nil ? head.horizon : base, hasMore: hasMore,
                head: head.articleSeq)
        }
    }

    /// Up to `limit` live articles with ids after `id`, in id order.
    func liveArticles(afterID id: String?, limit: Int) async throws(ServerStoreError) -> [SyncWire.Article] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(ArticleRow.columns) FROM article WHERE retracted = 0 AND id > ? ORDER BY id LIMIT ?",
                arguments: [id ?? "", limit]
            ).map { ArticleRow(row: $0).article }
        }
    }

    // MARK: - Inside a write transaction

    /// Stores `article` unless its live copy is identical; whether it changed.
    static func publish(_ article: SyncWire.Article, updated policy: UpdatedPolicy, head: inout Head, in db: Database)
        throws -> Bool
    {
        var article = article
        let stored = try ArticleRow.fetch(id: article.id, in: db)
        if let stored, !stored.isRetracted, stored.article == article { return false }
        if policy == .laterThanStored, let stored, article.updated <= stored.article.updated {
            article.updated = stored.article.updated.addingTimeInterval(1)
        }
        head.articleSeq += 1
        try ArticleRow.upsert(article, seq: head.articleSeq, in: db)
        return true
    }

    /// Turns the live article `id` into a tombstone; whether it was live.
    static func retract(id: String, head: inout Head, in db: Database) throws -> Bool {
        guard let stored = try ArticleRow.fetch(id: id, in: db), !stored.isRetracted else { return false }
        head.articleSeq += 1
        try ArticleRow.retract(id: id, seq: head.articleSeq, in: db)
        return true
    }

    /// Deletes tombstones more than `retention` changes behind the head and
    /// moves the horizon to the newest one deleted: a cursor before it could
    /// miss a retraction, so it answers 410 from then on.
    static func pruneTombstones(head: inout Head, retention: Int?, in db: Database) throws {
        guard let retention else { return }
        let threshold = head.articleSeq - Int64(retention)
        guard threshold > head.horizon,
            let newest = try Int64.fetchOne(
                db, sql: "SELECT max(seq) FROM article WHERE retracted = 1 AND seq <= ?", arguments: [threshold])
        else { return }
        try db.execute(sql: "DELETE FROM article WHERE retracted = 1 AND seq <= ?", arguments: [threshold])
        head.horizon = max(head.horizon, newest)
    }
}
