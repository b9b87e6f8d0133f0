/// What ``CacheDoctor/check(path:)`` found in a cache file.
///
/// For example:
///
/// ```swift
/// let check = try CacheDoctor.check(path: cachePath)
/// print(check.schemaVersion ?? "no schema", check.isHealthy ? "healthy" : check.problems.joined(separator: "\n"))
/// ```
public struct CacheCheck: Sendable, Equatable {
    /// The cache file checked.
    public var path: String
    /// The last schema migration applied (`v4`), or nil if none could be read.
    public var schemaVersion: String?
    /// Each problem found, in words fit for a terminal: SQLite's
    /// `integrity_check` messages (the first 20), an unreadable schema, a
    /// schema newer than this version knows, a missing device row. Empty
    /// when the cache is healthy.
    public var problems: [String]

    /// Whether nothing is wrong.
    public var isHealthy: Bool { problems.isEmpty }
}

/// What ``CacheDoctor/rebuild(path:)`` did.
///
/// For example:
///
/// ```swift
/// let rebuild = try CacheDoctor.rebuild(path: cachePath)
/// print("\(rebuild.sources) sources and \(rebuild.states) states kept; the old file is at \(rebuild.setAsidePath)")
/// ```
public struct CacheRebuild: Sendable, Equatable {
    /// The rebuilt cache (the path given).
    public var path: String
    /// The JSON file beside the cache holding the read state, bookmarks and
    /// pending changes saved before the rebuild (no tokens).
    public var exportPath: String
    /// Where the old file was moved, untouched (with its `-wal` and `-shm`).
    public var setAsidePath: String
    /// Sources carried over (with their tokens, titles and folders).
    public var sources: Int
    /// Read and bookmark states carried over, with their clocks.
    public var states: Int
    /// Outbox entries (marks not yet sent) carried over.
    public var pendingChanges: Int
    /// What could not be read from the old file, such as a table whose pages
    /// are damaged (the rows before the damage are kept). Empty when
    /// everything was carried over.
    public var problems: [String]
}
