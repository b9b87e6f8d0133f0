import CorpusGenerator
import GRDB
import ReaderModels
import ReaderRandom

extension ServerStore {
    /// Edits `count` live articles chosen with `seed` (all of them if fewer
    /// are live); returns their ids. The same seed on the same database picks
    /// the same articles and makes the same edits.
    func editRandom(count: Int, seed: UInt64) async throws(ServerStoreError) -> [String] {
        let retention = retention
        return try await write { db in
            var random = SplitMix64(seed: seed)
            var head = try Head.fetch(db)
            let ids = try Self.randomLiveIDs(count: count, random: &random, in: db)
            for id in ids {
                guard let stored = try ArticleRow.fetch(id: id, in: db) else { continue }
                let edited = ArticleRevision.revised(stored.article, random: &random)
                _ = try Self.publish(edited, updated: .laterThanStored, head: &head, in: db)
            }
            try Self.pruneTombstones(head: &head, retention: retention, in: db)
            try head.save(db)
            return ids
        }
    }

    /// Retracts `count` live articles chosen with `seed` (all of them if fewer
    /// are live); returns their ids.
    func retractRandom(count: Int, seed: UInt64) async throws(ServerStoreError) -> [String] {
        let retention = retention
        return try await write { db in
            var random = SplitMix64(seed: seed)
            var head = try Head.fetch(db)
            let ids = try Self.randomLiveIDs(count: count, random: &random, in: db)
            for id in ids { _ = try Self.retract(id: id, head: &head, in: db) }
            try Self.pruneTombstones(head: &head, retention: retention, in: db)
            try head.save(db)
            return ids
        }
    }

    /// `count` distinct live ids drawn by position in id order, without
    /// loading every id into memory.
    private static func randomLiveIDs(count: Int, random: inout SplitMix64, in db: Database) throws -> [String] {
        let live = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE retracted = 0") ?? 0
        let wanted = min(max(count, 0), live)
        var chosen = Set<Int>()
        var ids: [String] = []
        while chosen.count < wanted {
            let position = random.next(below: live)
            guard chosen.insert(position).inserted else { continue }
            let id = try String.fetchOne(
                db, sql: "SELECT id FROM article WHERE retracted = 0 ORDER BY id LIMIT 1 OFFSET ?",
                arguments: [position])
            if let id { ids.append(id) }
        }
        return ids
    }
}
