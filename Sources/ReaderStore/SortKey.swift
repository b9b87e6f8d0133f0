import Foundation
import ReaderModels

/// The `article` table's integer primary key: published seconds × 4096 plus a
/// slot from the article id's hash.
///
/// Row order is then newest-first order, so lists and full-text search (whose
/// rowids are the same keys) walk an index backwards and stop at their limit
/// instead of sorting every match.
enum SortKey {
    static let slotsPerSecond: Int64 = 4096

    /// The preferred key of an article; the store takes the next free one on a clash.
    static func preferred(published: Date, id: ArticleID) -> Int64 {
        var hash = StableHash()
        hash.combine(id.rawValue)
        return lowerBound(published) + Int64(hash.value % UInt64(slotsPerSecond))
    }

    /// The smallest key of anything published at or after `date`.
    static func lowerBound(_ date: Date) -> Int64 {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let clamped = min(max(seconds, -2e12), 2e12)
        return Int64(clamped) * slotsPerSecond
    }

    /// Whether `key` still belongs to an article published at `published`.
    static func matches(_ key: Int64, published: Date) -> Bool {
        let base = lowerBound(published)
        return key >= base && key < base + slotsPerSecond
    }
}
