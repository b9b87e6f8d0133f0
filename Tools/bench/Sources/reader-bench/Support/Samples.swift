import Foundation

/// Measurements of repeated runs, in seconds, and their percentiles.
struct Samples {
    private(set) var seconds: [Double] = []

    /// Adds one measurement.
    mutating func append(_ duration: Duration) {
        seconds.append(duration.seconds)
    }

    /// The `p`-th percentile (0 to 100) by nearest rank.
    func percentile(_ p: Double) -> Double {
        precondition(!seconds.isEmpty, "no samples")
        let sorted = seconds.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// The median.
    var median: Double { percentile(50) }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

/// Runs `body` and returns how long it took.
func measure<T>(_ body: () async throws -> T) async rethrows -> (value: T, duration: Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try await body()
    return (value, clock.now - start)
}

/// The CPU time this process has used so far, user and system, on every thread.
func processCPUTime() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
}

/// Runs `body` and returns how long it took and the CPU time the process
/// used meanwhile: a figure that, unlike the wall time, hardly moves with
/// the machine's load.
func measureWithCPU<T>(_ body: () async throws -> T) async rethrows -> (value: T, duration: Duration, cpu: Duration) {
    let cpuStart = processCPUTime()
    let (value, duration) = try await measure(body)
    return (value, duration, processCPUTime() - cpuStart)
}
