import Foundation
import ReaderTestSupport

/// One device running the real `reader` binary: its own cache file and its own
/// home directory, and a clean environment (no `READER_TOKEN`, no `READER_DB`)
/// unless a call adds to it, with `READER_TRANSPORT` naming its ``Transport``.
struct ReaderProcess: Sendable {
    /// The `reader` executable.
    let binary: URL
    /// The cache every command of this device uses (`--db`).
    let database: URL
    /// `HOME` and `XDG_DATA_HOME` point inside this folder.
    let home: URL
    /// The transport its syncs go through.
    let transport: Transport

    /// Where `reader` keeps this device's secrets (`$HOME/.config/reader`).
    var credentialsFile: URL { home.appendingPathComponent(".config/reader/credentials.json") }

    /// The saved secrets, by key.
    func savedSecrets() throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: Data(contentsOf: credentialsFile))
    }

    /// The names of the files beside the cache (the cache, its `-wal` and
    /// `-shm`, its lock) that contain `text`.
    func filesBesideCache(containing text: String) throws -> [String] {
        let folder = database.deletingLastPathComponent()
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)?.range(of: Data(text.utf8)) != nil
        }
    }

    /// A device whose files live in `folder` (created if needed), syncing through `transport`.
    /// - throws: ``MissingBinary`` if `reader` is not built, or a file system error.
    init(in folder: URL, transport: Transport = .curl) throws {
        binary = try Binaries.reader()
        self.transport = transport
        home = folder.appendingPathComponent("home", isDirectory: true)
        database = folder.appendingPathComponent("reader.sqlite")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// Runs `reader arguments… --db DATABASE` and waits for it.
    /// - parameter environment: variables added to the clean environment.
    /// - parameter input: its standard input (empty without).
    /// - throws: ``ReaderFailure/timedOut`` (after killing it) if it runs longer than `timeout`.
    func run(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, timeout: Duration = .seconds(120)
    ) async throws -> ReaderRun {
        let started = ContinuousClock.now
        let child = try start(arguments, environment: environment, input: input)
        guard let status = await child.exitStatus(within: timeout) else {
            child.send(SIGKILL)
            _ = await child.exitStatus(within: .seconds(10))
            throw ReaderFailure.timedOut(arguments: arguments, after: timeout, stderr: String(decoding: child.standardError, as: UTF8.self))
        }
        return ReaderRun(
            arguments: arguments, status: status, signalled: child.endedBySignal, stdout: String(decoding: child.standardOutput, as: UTF8.self),
            stderr: String(decoding: child.standardError, as: UTF8.self), duration: ContinuousClock.now - started)
    }

    /// Runs `reader` like ``run(_:environment:timeout:)`` and requires exit status 0.
    /// - throws: ``ReaderFailure/failed`` with its stderr otherwise.
    @discardableResult
    func succeed(
        _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, timeout: Duration = .seconds(120)
    ) async throws -> ReaderRun {
        let run = try await run(arguments, environment: environment, input: input, timeout: timeout)
        guard run.status == 0 else { throw ReaderFailure.failed(run) }
        return run
    }

    /// Starts `reader arguments… --db DATABASE` without waiting, for tests that kill it.
    func start(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> ChildProcess {
        try ChildProcess(
            executable: binary, arguments: arguments + ["--db", database.path],
            environment: cleanEnvironment.merging(environment) { $1 }, input: input)
    }

    /// The environment every run starts from (`HOME`, `XDG_DATA_HOME`, `PATH`, `LANG`, `READER_TRANSPORT`).
    var cleanEnvironment: [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        var environment = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "READER_TRANSPORT": transport.rawValue,
        ]
        for name in ["LD_LIBRARY_PATH", "TMPDIR"] { environment[name] = inherited[name] }
        return environment
    }
}

/// What one run of `reader` did.
struct ReaderRun: Sendable, CustomStringConvertible {
    /// The arguments given (without `--db`).
    let arguments: [String]
    /// The exit status, or the number of the signal that ended it.
    let status: Int32
    /// Whether a signal ended it (a crash, unless the test sent one).
    let signalled: Bool
    /// Standard output.
    let stdout: String
    /// Standard error.
    let stderr: String
    /// Wall time from start to exit.
    let duration: Duration

    /// The non-empty lines of standard error.
    var stderrLines: [String] {
        stderr.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Standard output decoded as JSON.
    func json<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try JSONDecoder().decode(type, from: Data(stdout.utf8))
    }

    var description: String {
        "reader \(arguments.joined(separator: " ")) → \(signalled ? "signal" : "exit") \(status)\nstdout: \(stdout.prefix(2000))\nstderr: \(stderr.prefix(2000))"
    }
}

/// A run of `reader` that a test needed to succeed did not.
enum ReaderFailure: Error, CustomStringConvertible {
    /// It exited with a non-zero status.
    case failed(ReaderRun)
    /// It was still running after the timeout and was killed.
    case timedOut(arguments: [String], after: Duration, stderr: String)

    var description: String {
        switch self {
        case .failed(let run): "expected success: \(run)"
        case .timedOut(let arguments, let timeout, let stderr):
            "reader \(arguments.joined(separator: " ")) still running after \(timeout); stderr: \(stderr.prefix(2000))"
        }
    }
}
