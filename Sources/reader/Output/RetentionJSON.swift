import ReaderCore

/// The retention policy as `reader retention --json` prints it: durations in seconds, `null` for no limit.
struct RetentionJSON: Encodable {
    /// One source's own limits.
    struct SourceLimits: Encodable {
        var id: Int64
        var url: String?
        var maxAgeSeconds: Double?
        var maxCount: Int?

        enum CodingKeys: String, CodingKey {
            case id, url
            case maxAgeSeconds = "max_age_s", maxCount = "max_count"
        }
    }

    var maxAgeSeconds: Double?
    var maxCount: Int?
    var keepUnreadSeconds: Double?
    var stateRetentionSeconds: Double
    var sources: [SourceLimits]

    enum CodingKeys: String, CodingKey {
        case maxAgeSeconds = "max_age_s", maxCount = "max_count", keepUnreadSeconds = "keep_unread_s"
        case stateRetentionSeconds = "state_retention_s", sources
    }

    /// - parameter sourceURLs: the URL of each source, by id.
    init(_ policy: RetentionPolicy, sourceURLs: [SourceID: String]) {
        maxAgeSeconds = policy.limits.maxAge
        maxCount = policy.limits.maxCount
        keepUnreadSeconds = policy.keepUnreadYoungerThan
        stateRetentionSeconds = policy.stateRetention
        sources = policy.sourceLimits.sorted { $0.key < $1.key }.map { id, limits in
            SourceLimits(id: id, url: sourceURLs[id], maxAgeSeconds: limits.maxAge, maxCount: limits.maxCount)
        }
    }
}
