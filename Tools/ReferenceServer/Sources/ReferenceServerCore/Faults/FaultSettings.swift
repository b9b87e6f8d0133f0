/// What the server does wrong on purpose, so clients can be tested against
/// everything the Sync API allows: latency, failures, truncated bodies,
/// overlapping pages and expired cursors.
///
/// Faults apply to the Sync API (`/api`) and the static feeds (`/feeds`),
/// never to the admin API. Which request fails is decided by ``seed`` and the
/// request's number since the settings were last set, so the same requests in
/// the same order meet the same faults. The admin API replaces the settings
/// at runtime with `PUT /admin/faults` (a JSON object with the snake_case
/// names below; missing fields take their defaults).
public struct FaultSettings: Codable, Sendable, Equatable {
    /// Milliseconds to wait before answering each request.
    public var latencyMS: Int
    /// The share of requests, 0 to 1, answered with one of ``failStatuses``.
    public var failRate: Double
    /// The statuses a failed request answers with; 429 and 503 carry `Retry-After: 1`.
    public var failStatuses: [Int]
    /// The share of successful requests, 0 to 1, whose body is cut in half
    /// after a `Content-Length` for the whole body; the connection then closes.
    public var truncateRate: Double
    /// Whether each article page (when more follow) hands out a cursor a
    /// quarter of the page back, so the next page re-sends those changes.
    public var overlap: Bool
    /// Cursors that answer 410 `cursor_expired`, as given (opaque strings).
    public var expiredCursors: [String]
    /// The seed of the fault decisions.
    public var seed: UInt64

    /// Creates settings; by default no faults, with statuses 500, 503 and 429 for failures.
    public init(
        latencyMS: Int = 0, failRate: Double = 0, failStatuses: [Int] = [500, 503, 429], truncateRate: Double = 0,
        overlap: Bool = false, expiredCursors: [String] = [], seed: UInt64 = 0
    ) {
        self.latencyMS = latencyMS
        self.failRate = failRate
        self.failStatuses = failStatuses
        self.truncateRate = truncateRate
        self.overlap = overlap
        self.expiredCursors = expiredCursors
        self.seed = seed
    }

    /// Decodes settings; a missing field takes its default.
    public init(from decoder: any Decoder) throws {
        let defaults = FaultSettings()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        latencyMS = try container.decodeIfPresent(Int.self, forKey: .latencyMS) ?? defaults.latencyMS
        failRate = try container.decodeIfPresent(Double.self, forKey: .failRate) ?? defaults.failRate
        failStatuses = try container.decodeIfPresent([Int].self, forKey: .failStatuses) ?? defaults.failStatuses
        truncateRate = try container.decodeIfPresent(Double.self, forKey: .truncateRate) ?? defaults.truncateRate
        overlap = try container.decodeIfPresent(Bool.self, forKey: .overlap) ?? defaults.overlap
        expiredCursors = try container.decodeIfPresent([String].self, forKey: .expiredCursors) ?? defaults.expiredCursors
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
    }

    /// Why these settings cannot be used, or `nil` when they can.
    public var problem: String? {
        if latencyMS < 0 { return "latency_ms must not be negative" }
        if !(0...1).contains(failRate) { return "fail_rate must be between 0 and 1" }
        if !(0...1).contains(truncateRate) { return "truncate_rate must be between 0 and 1" }
        if failRate > 0, failStatuses.isEmpty { return "fail_statuses must not be empty when fail_rate is set" }
        if let status = failStatuses.first(where: { !(400...599).contains($0) }) {
            return "fail status \(status) is not an HTTP error status (400-599)"
        }
        return nil
    }

    enum CodingKeys: String, CodingKey {
        case latencyMS = "latency_ms"
        case failRate = "fail_rate"
        case failStatuses = "fail_statuses"
        case truncateRate = "truncate_rate"
        case overlap
        case expiredCursors = "expired_cursors"
        case seed
    }
}
