public import Foundation
public import ReaderModels

/// How long articles stay in the cache: a maximum age and a maximum count,
/// for the whole cache and for single sources.
///
/// What a prune never removes, whatever the limits say:
/// - a bookmarked article;
/// - an unread article younger than ``keepUnreadYoungerThan``;
/// - an unread article of an account's subscription (the account's server
///   keeps its unread set, and the next sync would fetch it again).
///
/// The age of an article is the time since its publication date. The read
/// state and bookmark clocks of a pruned article stay for ``stateRetention``,
/// so that an article a feed delivers again comes back read.
///
/// For example, keep 90 days and at most 5,000 articles, never an unread one
/// of the last 30 days, and only a week of one busy source:
///
/// ```swift
/// var policy = RetentionPolicy(maxAge: 90 * 86_400, maxCount: 5_000, keepUnreadYoungerThan: 30 * 86_400)
/// policy.sourceLimits[busy.id] = RetentionPolicy.Limits(maxAge: 7 * 86_400)
/// try await store.setRetentionPolicy(policy)
/// let report = try await store.prune(policy, dryRun: true)
/// ```
public struct RetentionPolicy: Sendable, Codable, Equatable, Hashable {
    /// Limits on articles: an age past which they go and how many stay.
    public struct Limits: Sendable, Codable, Equatable, Hashable {
        /// Articles published longer ago than this (seconds) are removed; `nil`: no limit.
        public var maxAge: TimeInterval?
        /// Only the newest this many articles stay; `nil`: no limit.
        public var maxCount: Int?

        /// Creates limits; `nil` is no limit.
        public init(maxAge: TimeInterval? = nil, maxCount: Int? = nil) {
            self.maxAge = maxAge
            self.maxCount = maxCount
        }

        /// Whether neither limit is set.
        public var isUnlimited: Bool { maxAge == nil && maxCount == nil }
    }

    /// The whole cache's limits: ``Limits/maxAge`` for every source without an
    /// age of its own in ``sourceLimits``, ``Limits/maxCount`` over all sources together.
    public var limits: Limits
    /// Single sources' limits: a source's ``Limits/maxAge`` replaces the
    /// cache's for its articles, its ``Limits/maxCount`` caps its articles
    /// (the cache's count still applies to all of them).
    public var sourceLimits: [SourceID: Limits]
    /// An unread article younger than this (seconds) is never removed;
    /// `nil`: unread articles go by the limits like read ones.
    public var keepUnreadYoungerThan: TimeInterval?
    /// How long (seconds) the read state and bookmark clocks of a pruned
    /// article stay after the prune that removed it (180 days by default).
    /// A feed that delivers the article again meanwhile brings it back read
    /// (and a later prune starts the time again); past it, the state row goes.
    public var stateRetention: TimeInterval

    /// The default ``stateRetention``: 180 days, longer than a feed keeps an item in practice.
    public static let defaultStateRetention: TimeInterval = 180 * 86_400

    /// The policy of a cache that never set one: nothing is pruned.
    public static let keepEverything = RetentionPolicy()

    /// Creates a policy; by default it keeps everything.
    public init(
        maxAge: TimeInterval? = nil, maxCount: Int? = nil, sourceLimits: [SourceID: Limits] = [:],
        keepUnreadYoungerThan: TimeInterval? = nil, stateRetention: TimeInterval = defaultStateRetention
    ) {
        limits = Limits(maxAge: maxAge, maxCount: maxCount)
        self.sourceLimits = sourceLimits
        self.keepUnreadYoungerThan = keepUnreadYoungerThan
        self.stateRetention = stateRetention
    }

    /// Whether no limit is set anywhere, so a prune removes no article of a subscribed source.
    public var keepsEverything: Bool {
        limits.isUnlimited && sourceLimits.values.allSatisfy(\.isUnlimited)
    }
}
