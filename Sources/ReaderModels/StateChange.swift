/// Which per-article flag a ``StateChange`` sets.
///
/// For example:
///
/// ```swift
/// try await library.store.setFlag(.read, to: true, for: [article.id])
/// try await library.store.setFlag(.bookmarked, to: false, matching: ArticleQuery(province: .yunnan))
/// ```
public enum StateField: String, Codable, Sendable, CaseIterable {
    /// Whether the article has been read.
    case read
    /// Whether the article is bookmarked.
    case bookmarked
}

/// One change of one article's read or bookmark flag, stamped with a clock.
///
/// The same value travels in the outbox, on the wire and in the server's
/// store. ``remoteID`` is the id the endpoint gives the article (its
/// `article_id` on the wire), not the local ``ArticleID``.
///
/// For example, a push body:
///
/// ```swift
/// let clock = HybridLogicalClock(ms: HybridLogicalClock.ms(of: Date()), counter: 0, device: deviceID)
/// let change = StateChange(remoteID: "a-123", field: .bookmarked, value: true, clock: clock)
/// let body = try SyncWire.makeEncoder().encode(SyncWire.StatePush(device: deviceID, changes: [change]))
/// ```
public struct StateChange: Codable, Hashable, Sendable {
    /// The endpoint's id for the article.
    public var remoteID: String
    /// The flag that changes.
    public var field: StateField
    /// Its new value.
    public var value: Bool
    /// When, and on which device, the change was made.
    public var clock: HybridLogicalClock

    /// Creates a change.
    public init(remoteID: String, field: StateField, value: Bool, clock: HybridLogicalClock) {
        self.remoteID = remoteID
        self.field = field
        self.value = value
        self.clock = clock
    }

    enum CodingKeys: String, CodingKey {
        case remoteID = "article_id"
        case field, value, clock
    }

    /// Whether this change wins over `other` for the same article and field:
    /// the greater clock wins (last writer wins).
    public func supersedes(_ other: StateChange) -> Bool { clock > other.clock }
}

/// The last-writer-wins register for one (article, field): the one merge rule
/// that the client and the server share.
///
/// For example:
///
/// ```swift
/// let read = StateChange(remoteID: "a-123", field: .read, value: true, clock: HybridLogicalClock(ms: 1000, counter: 0, device: "phone"))
/// let unread = StateChange(remoteID: "a-123", field: .read, value: false, clock: HybridLogicalClock(ms: 2000, counter: 0, device: "laptop"))
/// let winner = LastWriterWins.merge(read, unread)   // unread: the later clock, whatever the order
/// ```
public enum LastWriterWins {
    /// The winner of `current` and `incoming`: the one with the greater clock.
    /// Commutative, associative and idempotent, so replicas converge whatever
    /// the order and number of deliveries.
    public static func merge(_ current: StateChange?, _ incoming: StateChange) -> StateChange {
        guard let current else { return incoming }
        return incoming.supersedes(current) ? incoming : current
    }
}
