import Foundation
public import ReaderModels

/// Refreshes many sources at once: requests bounded overall, sources per host, the sources
/// that waited longest first, deferred ones left alone, within an optional
/// deadline.
///
/// Fetching, parsing and tagging run concurrently; storing stays serialised
/// through the cache's one writer. A slow, hanging or failing source holds
/// only its own slot. Outcomes come back in the order the sources were given,
/// whatever order they finished in.
///
/// For example, a phone's background refresh:
///
/// ```swift
/// let scheduler = SyncScheduler(engine: engine)
/// var options = SyncScheduler.Options()
/// options.deadline = .now + .seconds(25)
/// let outcomes = await scheduler.sync(try await store.sources(), options: options)
/// ```
public struct SyncScheduler: Sendable {
    /// How a refresh runs.
    public struct Options: Sendable, Equatable {
        /// Requests on the wire at once, at most. Twice as many sources may be
        /// in progress, so that parsing and storing what one source fetched
        /// never leaves the network idle.
        public var maxConcurrentRequests: Int
        /// Sources of one host (`host:port`) in progress at once, at most.
        public var maxSourcesPerHost: Int
        /// No source starts at or after this instant, and those in flight
        /// stop before their next request.
        public var deadline: ContinuousClock.Instant?
        /// How long after the deadline a request in flight may still finish
        /// before it is cancelled.
        public var deadlineGrace: Duration
        /// Sync deferred sources too (fresh, asked to wait, backing off).
        public var force: Bool

        /// Creates options: 16 requests at once, 4 sources per host, no
        /// deadline, 2 seconds of grace, deferrals honoured.
        public init(
            maxConcurrentRequests: Int = 16, maxSourcesPerHost: Int = 4, deadline: ContinuousClock.Instant? = nil,
            deadlineGrace: Duration = .seconds(2), force: Bool = false
        ) {
            self.maxConcurrentRequests = max(1, maxConcurrentRequests)
            self.maxSourcesPerHost = max(1, maxSourcesPerHost)
            self.deadline = deadline
            self.deadlineGrace = deadlineGrace
            self.force = force
        }
    }

    /// Called whenever a source starts, reports progress or finishes; may be called from any task.
    public typealias ProgressHandler = @Sendable (SyncAllProgress) -> Void

    let engine: SyncEngine

    /// Creates a scheduler over `engine`.
    public init(engine: SyncEngine) {
        self.engine = engine
    }

    /// Syncs `sources` by `options`.
    /// - returns: one outcome per source, in the order given.
    public func sync(_ sources: [Source], options: Options = Options(), progress: ProgressHandler? = nil) async
        -> [SyncOutcome]
    {
        var statuses = [SyncOutcome.Status?](repeating: nil, count: sources.count)
        let now = Date()
        var waiting: [Int] = []
        for (index, source) in sources.enumerated() {
            if !options.force, let deferral = source.deferral, deferral.holds(at: now) {
                statuses[index] = .deferred(deferral)
            } else {
                waiting.append(index)
            }
        }
        waiting.sort { Self.waitedLonger(sources[$0], than: sources[$1]) }
        let hosts = sources.map { Self.hostKey($0.url) }
        let tracker = SyncAllProgressTracker(total: waiting.count, handler: progress)
        let gate = RequestGate(limit: options.maxConcurrentRequests)
        let maxInProgress = 2 * options.maxConcurrentRequests
        await withTaskGroup(of: Event.self) { group in
            var running = 0
            var perHost: [String: Int] = [:]
            var warmHosts: [String] = []
            var stopping = false
            var pastDeadline = false
            if let deadline = options.deadline {
                group.addTask { await Self.sleep(until: deadline, then: .deadline) }
            }
            while true {
                if Task.isCancelled || options.deadline.map({ ContinuousClock.now >= $0 }) == true { stopping = true }
                while !stopping, running < maxInProgress {
                    let hasRoom = { (index: Int) in perHost[hosts[index], default: 0] < options.maxSourcesPerHost }
                    guard let next = Self.nextToStart(in: waiting, hosts: hosts, warmHosts: &warmHosts, hasRoom: hasRoom)
                    else { break }
                    let index = waiting.remove(at: next)
                    perHost[hosts[index], default: 0] += 1
                    running += 1
                    let source = sources[index]
                    group.addTask { [engine] in
                        tracker.started(source.url)
                        defer { tracker.finished(source.url) }
                        switch await engine.attempt(
                            source, deadline: options.deadline, gate: gate, progress: tracker.update)
                        {
                        case .synced(let report): return .finished(index, .synced(report))
                        case .failed(let error): return .finished(index, .failed(error))
                        case .notStarted: return .finished(index, .notReached)
                        }
                    }
                }
                if running == 0 {
                    group.cancelAll()  // ends the deadline's timers
                    break
                }
                switch await group.next() {
                case .finished(let index, var status)?:
                    running -= 1
                    perHost[hosts[index], default: 1] -= 1
                    warmHosts.append(hosts[index])
                    if pastDeadline, case .failed(.cancelled) = status {
                        status = .failed(.deadlineReached(source: sources[index].url))
                    }
                    statuses[index] = status
                case .deadline?:
                    stopping = true
                    pastDeadline = true
                    group.addTask { await Self.sleep(until: .now + options.deadlineGrace, then: .graceOver) }
                case .graceOver?:
                    group.cancelAll()
                case .timerCancelled?, nil:
                    break
                }
            }
        }
        return sources.enumerated().map { index, source in
            SyncOutcome(source: source, status: statuses[index] ?? .notReached)
        }
    }

    /// What a child task of a refresh tells it.
    private enum Event: Sendable {
        /// The source at this index finished.
        case finished(Int, SyncOutcome.Status)
        /// The deadline came.
        case deadline
        /// The grace after the deadline ran out.
        case graceOver
        /// A timer was cancelled before it fired.
        case timerCancelled
    }

    /// Sleeps until `instant`, then returns `event` (or ``Event/timerCancelled``).
    private static func sleep(until instant: ContinuousClock.Instant, then event: Event) async -> Event {
        do {
            try await Task.sleep(until: instant, clock: .continuous)
            return event
        } catch {
            return .timerCancelled
        }
    }

    /// The position in `waiting` of the source to start next, if one has
    /// room on its host: one of a host whose sync just ended, while its
    /// connection is still open and warm (a new one costs a round trip or
    /// three on a phone), else the one that waited longest.
    ///
    /// `waiting` is in the order of waiting time, so a preference for a warm
    /// host only reorders sources that all start in this refresh, unless a
    /// deadline cuts it short.
    static func nextToStart(
        in waiting: [Int], hosts: [String], warmHosts: inout [String], hasRoom: (Int) -> Bool
    ) -> Int? {
        while let host = warmHosts.popLast() {
            if let position = waiting.firstIndex(where: { hosts[$0] == host && hasRoom($0) }) { return position }
        }
        return waiting.firstIndex(where: hasRoom)
    }

    /// Whether `source` should go before `other`: never tried first, then the
    /// one tried longest ago, then the one added first.
    static func waitedLonger(_ source: Source, than other: Source) -> Bool {
        let mine = source.lastAttemptAt ?? .distantPast
        let theirs = other.lastAttemptAt ?? .distantPast
        return mine != theirs ? mine < theirs : source.id < other.id
    }

    /// `host:port` of a URL, lowercased, for the per-host limit.
    static func hostKey(_ url: String) -> String {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased() else { return url }
        return components.port.map { "\(host):\($0)" } ?? host
    }
}
