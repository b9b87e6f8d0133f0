import ReaderCore

/// What `reader doctor --json` prints: the check, or the rebuild with `--rebuild`.
enum DoctorJSON {
    /// The check of a cache.
    struct Check: Encodable {
        var path: String
        var healthy: Bool
        var schema: String?
        var problems: [String]

        init(_ check: CacheCheck) {
            path = check.path
            healthy = check.isHealthy
            schema = check.schemaVersion
            problems = check.problems
        }
    }

    /// A rebuilt cache.
    struct Rebuild: Encodable {
        var path: String
        var exportPath: String
        var setAsidePath: String
        var sources: Int
        var states: Int
        var pendingChanges: Int
        var problems: [String]

        enum CodingKeys: String, CodingKey {
            case path, sources, states, problems
            case exportPath = "export_path", setAsidePath = "set_aside_path", pendingChanges = "pending_changes"
        }

        init(_ rebuild: CacheRebuild) {
            path = rebuild.path
            exportPath = rebuild.exportPath
            setAsidePath = rebuild.setAsidePath
            sources = rebuild.sources
            states = rebuild.states
            pendingChanges = rebuild.pendingChanges
            problems = rebuild.problems
        }
    }
}
