import Foundation
public import ReaderModels
import Synchronization

/// Refreshes many sources at once: fetches bounded overall and per host, the sources
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
        /// Sources fetching at once, at most: a plain feed stops counting as
        /// soon as its document has arrived, and twice as many sources may be
        /// in progress, so that parsing and storing what one fetched never
        /// leaves the network idle.
        public var maxConcurrentFetches: Int
        /// Sources of one host (`host:port`) fetching at once, at most.
        public var maxSourcesPerHost: Int
        /// No source starts at or after this instant, and those in flight
        /// stop before their next request.
        public var deadline: ContinuousClock.Instant?
        /// How long after the deadline a request in flight may still finish
        /// before it is cancelled.
        public var deadlineGrace: Duration
        /// Sync deferred sources too (fresh, asked to wait, backing off).
        public var force: Bool

        /// Creates options: 16 fetches at once, 4 per host, no
        /// deadline, 2 seconds of grace, deferrals honoured.
        public init(
            maxConcurrentFetches: Int = 16, maxSourcesPerHost: Int = 4, deadline: ContinuousClock.Instant? = nil,
            deadlineGrace: Duration = .seconds(2), force: Bool = false
        ) {
            self.maxConcurrentFetches = max(1, maxConcurrentFetches)
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
        let (events, eventsInput) = AsyncStream.makeStream(of: Event.self)
        // Children keep their attempts here too: a cancelled refresh stops
        // reading `events` (its iterator ends), but still learns every outcome.
        let attempts = AttemptLog()
        var pastDeadline = false
        await withTaskGroup(of: Void.self) { group in
            var slots = RefreshSlots(limit: options.maxConcurrentFetches, perHost: options.maxSourcesPerHost)
            var stopping = false
            if let deadline = options.deadline {
                group.addTask { await Self.sleep(until: deadline, then: .deadline, into: eventsInput) }
            }
            var pending = events.makeAsyncIterator()
            loop: while true {
                if Task.isCancelled || options.deadline.map({ ContinuousClock.now >= $0 }) == true { stopping = true }
                while !stopping, let next = slots.nextToStart(in: waiting, hosts: hosts) {
                    let index = waiting.remove(at: next)
                    slots.start(index, host: hosts[index])
                    let source = sources[index]
                    group.addTask { [engine] in
                        tracker.started(source.url)
                        let attempt = await engine.attempt(
                            source, deadline: options.deadline, progress: tracker.update,
                            fetched: { eventsInput.yield(.fetched(index)) })
                        tracker.finished(source.url)
                        attempts.record(attempt, at: index)
                        eventsInput.yield(.finished(index))
                    }
                }
                if slots.inProgress == 0 { break }
                switch await pending.next() {
                case .fetched(let index)?:
                    slots.releaseNetwork(of: index, host: hosts[index])
                case .finished(let index)?:
                    slots.finish(index, host: hosts[index])
                case .deadline?:
                    stopping = true
                    pastDeadline = true
                    group.addTask {
                        await Self.sleep(until: .now + options.deadlineGrace, then: .graceOver, into: eventsInput)
                    }
                case .graceOver?:
                    group.cancelAll()
                case nil:  // the refresh was cancelled: its sources stop, and the group waits for them
                    group.cancelAll()
                    break loop
                }
            }
            group.cancelAll()  // ends the deadline's timers
        }
        for (index, attempt) in attempts.all {
            statuses[index] = Self.status(of: attempt, source: sources[index], pastDeadline: pastDeadline)
        }
        return sources.enumerated().map { index, source in
            SyncOutcome(source: source, status: statuses[index] ?? .notReached)
        }
    }

    /// The attempts of a refresh's sources by index, written by their tasks.
    private final class AttemptLog: Sendable {
        private let attempts = Mutex([Int: SyncEngine.Attempt]())

        /// Records the attempt of the source at `index`.
        func record(_ attempt: SyncEngine.Attempt, at index: Int) {
            attempts.withLock { $0[index] = attempt }
        }

        /// Every attempt recorded.
        var all: [Int: SyncEngine.Attempt] { attempts.withLock { $0 } }
    }

    /// What the tasks of a refresh tell it.
    private enum Event: Sendable {
        /// The plain feed at this index has its document: its network slot is free.
        case fetched(Int)
        /// The source at this index finished; its attempt is in `attempts`.
        case finished(Int)
        /// The deadline came.
        case deadline
        /// The grace after the deadline ran out.
        case graceOver
    }

    /// The outcome status of an attempt; past the deadline, a cancelled
    /// source was stopped by it.
    private static func status(of attempt: SyncEngine.Attempt, source: Source, pastDeadline: Bool)
        -> SyncOutcome.Status
    {
        switch attempt {
        case .synced(let report): .synced(report)
        case .failed(.cancelled) where pastDeadline: .failed(.deadlineReached(source: source.url))
        case .failed(let error): .failed(error)
        case .notStarted: .notReached
        }
    }

    /// Sleeps until `instant`, then yields `event` (nothing if cancelled first).
    private static func sleep(
        until instant: ContinuousClock.Instant, then event: Event, into events: AsyncStream<Event>.Continuation
    ) async {
        guard (try? await Task.sleep(until: instant, clock: .continuous)) != nil else { return }
        events.yield(event)
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
