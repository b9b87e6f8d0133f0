import ArgumentParser
import ReaderCore

/// `reader doctor [--rebuild]`: checks the cache, and rebuilds a damaged one.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the cache; with --rebuild, rebuild it from its sources keeping read state and bookmarks.",
        discussion: """
            The check runs SQLite's integrity check and looks at the schema; it changes nothing, and exits 1 \
            if the cache is damaged. --rebuild first saves read state, bookmarks and unsent marks to a JSON \
            file beside the cache, then writes a fresh cache with the same sources and that state, keeping the \
            old file aside; `reader sync` then fetches the articles again.
            """)

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Rebuild the cache from its sources, keeping read state, bookmarks and unsent marks.")
    var rebuild = false

    @Flag(help: "Print a JSON object instead of lines.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let path = options.databasePath
            if rebuild {
                let result = try CacheDoctor.rebuild(path: path)
                if json {
                    print(try JSONOutput.text(of: DoctorJSON.Rebuild(result)))
                    return
                }
                print("Saved read state, bookmarks and unsent marks to \(result.exportPath)")
                print(
                    "Rebuilt \(path): \(result.sources) source\(result.sources == 1 ? "" : "s"), "
                        + "\(result.states) read or bookmark state\(result.states == 1 ? "" : "s"), "
                        + "\(result.pendingChanges) unsent mark\(result.pendingChanges == 1 ? "" : "s")")
                print("The old file is kept at \(result.setAsidePath)")
                for problem in result.problems { print("  not carried over: \(problem)") }
                print("Run `reader sync` to fetch the articles again.")
                return
            }
            let check = try CacheDoctor.check(path: path)
            if json { print(try JSONOutput.text(of: DoctorJSON.Check(check))) }
            guard check.isHealthy else {
                if !json { for problem in check.problems { print("  \(problem)") } }
                let listed = json ? "listed in the JSON" : "listed above"
                throw StoreError.damaged(
                    path: path,
                    reason: "\(check.problems.count) problem\(check.problems.count == 1 ? "" : "s") found, \(listed)")
            }
            if json { return }
            print("The cache at \(path) is healthy (schema \(check.schemaVersion ?? "unknown"), integrity ok).")
        }
    }
}
