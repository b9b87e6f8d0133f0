import CorpusGenerator
import NIOConcurrencyHelpers

/// Holds the current ``FaultSettings`` and numbers the requests they apply to.
final class FaultInjector: Sendable {
    private struct State {
        var settings: FaultSettings
        var requestCount = 0
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
    func replace(with settings: FaultSettings) {
        state.withLockedValue { $0 = State(settings: settings) }
    }

    /// The faults for the next request.
    func nextPlan() -> FaultPlan {
        state.withLockedValue { state in
            defer { state.requestCount += 1 }
            return FaultPlan(settings: state.settings, requestNumber: state.requestCount)
        }
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
