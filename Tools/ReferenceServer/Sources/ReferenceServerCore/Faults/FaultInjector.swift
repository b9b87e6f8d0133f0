import CorpusGenerator
import NIOConcurrencyHelpers
import ReaderRandom

/// Holds the current ``FaultSettings``, numbers the requests they apply to,
/// and counts the faults served since the server started.
final class FaultInjector: Sendable {
    private struct State {
        var settings: FaultSettings
        var requestCount = 0
        var stats = FaultStats()
    }

    private let state: NIOLockedValueBox<State>

    /// Creates an injector with `settings`.
    init(settings: FaultSettings) {
        state = NIOLockedValueBox(State(settings: settings))
    }

    /// The settings in force.
    var settings: FaultSettings {
        state.withLockedValue { $0.settings }
    }

    /// Replaces the settings and restarts the request numbering, so a test
    /// that sets faults sees the same sequence every time.
    /// The counts of ``stats`` carry on.
    func replace(with settings: FaultSettings) {
        state.withLockedValue { state in
            state.settings = settings
            state.requestCount = 0
        }
    }

    /// The faults for the next request, counted in ``stats``.
    func nextPlan() -> FaultPlan {
        state.withLockedValue { state in
            defer { state.requestCount += 1 }
            let plan = FaultPlan(settings: state.settings, requestNumber: state.requestCount)
            state.stats.count(plan)
            return plan
        }
    }

    /// Counts a body cut in half.
    func countTruncation() {
        state.withLockedValue { $0.stats.truncations += 1 }
    }

    /// Counts a 410 `cursor_expired` answered to a cursor the settings name.
    func countExpiredCursor() {
        state.withLockedValue { $0.stats.expiredCursors += 1 }
    }

    /// The requests seen and faults served since the server started.
    var stats: FaultStats {
        state.withLockedValue { $0.stats }
    }
}

/// What `GET /admin/stats` answers: the requests the faults applied to (`/api`
/// and `/feeds`) and the faults served to them since the server started.
struct FaultStats: Codable, Sendable, Equatable {
    /// Requests seen.
    var requests = 0
    /// Requests held by a latency.
    var delayed = 0
    /// Injected failures by status (`"500": 3`).
    var failures: [String: Int] = [:]
    /// 200 answers whose body was cut in half.
    var truncations = 0
    /// 410 `cursor_expired` answers to the cursors the settings name.
    var expiredCursors = 0

    /// Counts what `plan` does to its request.
    mutating func count(_ plan: FaultPlan) {
        requests += 1
        if plan.latency != nil { delayed += 1 }
        if let status = plan.failStatus { failures[String(status), default: 0] += 1 }
    }

    enum CodingKeys: String, CodingKey {
        case requests, delayed, failures, truncations
        case expiredCursors = "expired_cursors"
    }
}

/// The faults one request meets.
struct FaultPlan: Sendable, Equatable {
    /// How long to wait first.
    let latency: Duration?
    /// The status to fail with, if it fails.
    let failStatus: Int?
    /// Whether to cut its body.
    let truncates: Bool

    /// Decides request `requestNumber`'s faults from its own random stream:
    /// three draws, always, so each decision depends only on the seed and the number.
    init(settings: FaultSettings, requestNumber: Int) {
        var random = SplitMix64(seed: settings.seed, index: requestNumber)
        let failDraw = random.nextUnit()
        let statusDraw = random.next()
        let truncateDraw = random.nextUnit()
        latency = settings.latencyMS > 0 ? .milliseconds(settings.latencyMS) : nil
        if failDraw < settings.failRate, !settings.failStatuses.isEmpty {
            failStatus = settings.failStatuses[Int(statusDraw % UInt64(settings.failStatuses.count))]
        } else {
            failStatus = nil
        }
        truncates = failStatus == nil && truncateDraw < settings.truncateRate
    }
}
