import ArgumentParser
import Foundation
import Logging
import ReaderCore

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The cache database (default: $READER_DB, else $XDG_DATA_HOME/reader/reader.sqlite).")
    var db: String?

    @Flag(name: .shortAndLong, help: "Log each step to standard error.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print only errors and the data asked for: no summaries, no progress line.")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("give --verbose or --quiet, not both") }
    }

    /// The logger of this run: to standard error, everything with
    /// `--verbose`, errors only with `--quiet`, else warnings and errors.
    var log: Logger {
        ReaderLog.logger(level: verbose ? .debug : quiet ? .error : .warning)
    }

    /// Logs `message` at `level`, made safe to show (it may name a URL or a path).
    func log(_ level: Logger.Level, _ message: String) {
        log.log(level: level, "\(Terminal.shown(message))")
    }

    /// The database path: `--db`, else `$READER_DB`, else the XDG data folder.
    var databasePath: String {
        let environment = ProcessInfo.processInfo.environment
        if let db { return db }
        if let path = environment["READER_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/reader/reader.sqlite"
    }

    /// Opens the cache for a command that only reads it (list, show, counts):
    /// one read-only connection, the quickest start; a missing cache is an
    /// error, and neither it nor its folder is created.
    /// - throws: ``StoreError/cacheNotFound(path:)`` when there is none.
    func openCacheForReading() throws -> ArticleStore {
        log(.info, "opening the cache at \(databasePath) to read")
        return try ArticleStore(path: databasePath, mode: .readExisting)
    }

    /// Opens the library over the cache, syncing through libcurl (or the
    /// transport ``TransportSwitch`` picks) with at most `connections` open
    /// at once, `connectionsPerHost` to one host; `.readExisting` for a
    /// command that only reads and must not create a cache.
    func openLibrary(
        connections: Int = SyncScheduler.Options().maxConcurrentFetches,
        connectionsPerHost: Int = SyncScheduler.Options().maxSourcesPerHost,
        mode: ArticleStore.OpenMode = .readWrite
    ) throws -> ReaderLibrary {
        let transport = try TransportSwitch.transport(connections: connections, connectionsPerHost: connectionsPerHost)
        log(.info, "opening the cache at \(databasePath); \(connections) connections, \(connectionsPerHost) per host")
        return try ReaderLibrary(path: databasePath, transport: transport, mode: mode)
    }
}

/// Runs `body`, turning any error into one line on stderr and exit status 1;
/// silent when the task was cancelled (Ctrl-C), which its caller reports.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ExitCode {
        throw error
    } catch {
        if Task.isCancelled { throw CancellationError() }
        Terminal.printError(String(describing: error) + ErrorHint.text(for: error))
        throw ExitCode.failure
    }
}

extension GlobalOptions {
    /// `$READER_TOKEN`, unless unset or empty: the token of commands given none.
    static var environmentToken: String? {
        ProcessInfo.processInfo.environment["READER_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// A URL argument that must be http or https.
enum HTTPURLArgument {
    /// Throws a usage error unless `url` is an http or https URL.
    static func validate(_ url: String) throws {
        guard isHTTP(url) else { throw ValidationError("\(url) is not an http or https URL.") }
    }

    /// Whether `text` is an http or https URL.
    static func isHTTP(_ text: String) -> Bool {
        guard let scheme = URL(string: text)?.scheme?.lowercased() else { return false }
        return scheme == "http" || scheme == "https"
    }
}
