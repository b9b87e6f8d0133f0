public import ReaderModels

/// What a refresh of every source did with one source.
///
/// For example:
///
/// ```swift
/// for outcome in try await library.syncAll() {
///     switch outcome.status {
///     case .synced(let report): print(outcome.source.url, "\(report.articles.new) new")
///     case .failed(let error): print(error)
///     case .deferred, .notReached: break
///     }
/// }
/// ```
public struct SyncOutcome: Sendable, Equatable {
    /// What happened.
    public enum Status: Sendable, Equatable {
        /// It synced; the report says what changed.
        case synced(SyncReport)
        /// It failed, or stopped at the deadline; what it stored before stays.
        case failed(SyncError)
        /// It was left alone: fresh, asked to wait, or backing off.
        case deferred(SourceDeferral)
        /// The deadline came before its turn; the next refresh starts with it.
        case notReached
    }

    /// The source, as it was when the refresh began.
    public var source: Source
    /// What happened to it.
    public var status: Status

    /// Creates an outcome.
    public init(source: Source, status: Status) {
        self.source = source
        self.status = status
    }

    /// Its report, if it synced.
    public var report: SyncReport? {
        if case .synced(let report) = status { return report }
        return nil
    }

    /// Its error, if it failed.
    public var error: SyncError? {
        if case .failed(let error) = status { return error }
        return nil
    }
}
