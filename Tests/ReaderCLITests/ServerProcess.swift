import Foundation
import ReaderTestSupport

/// A running `reader-server` on 127.0.0.1, started with `--port 0` (or a port
/// it held before, to restart it) and read for its port from the first line of
/// its standard output. Stopped with SIGTERM by ``stop()``, or when released.
final class ServerProcess: Sendable {
    /// The bound port.
    let port: Int
    /// The options it was started with (without `--host` and `--port`).
    let options: [String]
    private let child: ChildProcess

    /// The admin token every test server gets, so tests can dump and change its content.
    static let adminToken = "admin-secret-e2e"

    /// Starts `reader-server` with `options` and waits until it listens.
    /// - parameter port: 0 for a free port; a previous server's port to restart on it.
    /// - throws: ``MissingBinary``, or ``ServerFailure`` if it exits or prints no port within a minute.
    init(_ options: [String], port: Int = 0) async throws {
        let binary = try Binaries.server()
        self.options = options
        child = try ChildProcess(
            executable: binary,
            arguments: ["--host", "127.0.0.1", "--port", String(port), "--admin-token", Self.adminToken,
                "--log-level", "warning"] + options,
            environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"].merging(
                ProcessInfo.processInfo.environment.filter { ["LD_LIBRARY_PATH", "TMPDIR"].contains($0.key) }) { $1 },
            releaseSignal: SIGTERM)
        let deadline = ContinuousClock.now + .seconds(120)
        var bound: Int?
        while bound == nil {
            let output = String(decoding: child.standardOutput, as: UTF8.self)
            if let newline = output.firstIndex(of: "\n") {
                guard let number = Int(output[..<newline].trimmingCharacters(in: .whitespaces)) else {
                    throw ServerFailure(message: "first line is not a port: \(output[..<newline])", stderr: child.standardError)
                }
                bound = number
            } else if !child.isRunning {
                throw ServerFailure(message: "reader-server exited before listening", stderr: child.standardError)
            } else if ContinuousClock.now > deadline {
                child.send(SIGKILL)
                throw ServerFailure(message: "reader-server printed no port within 120 s", stderr: child.standardError)
            } else {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        self.port = bound ?? 0
    }

    /// `http://127.0.0.1:PORT`.
    var origin: String { "http://127.0.0.1:\(port)" }

    /// The Sync API endpoint.
    var endpoint: String { origin + "/api" }

    /// The URL of `path` in the `--feeds` folder.
    func feed(_ path: String) -> String { origin + "/feeds/" + path }

    /// The admin API of this server.
    var admin: ServerAdmin { ServerAdmin(origin: origin, token: Self.adminToken) }

    /// Stops the server with SIGTERM (SIGKILL if it lingers) and waits for it to exit.
    func stop() async {
        child.send(SIGTERM)
        if await child.exitStatus(within: .seconds(15)) == nil {
            child.send(SIGKILL)
            _ = await child.exitStatus(within: .seconds(5))
        }
    }

    /// Starts the same server again on the same port: same options, so the
    /// same database when `--db` is among them.
    func restart() async throws -> ServerProcess {
        try await ServerProcess(options, port: port)
    }

}

/// `reader-server` did not start.
struct ServerFailure: Error, CustomStringConvertible {
    let message: String
    let stderr: Data
    var description: String { "\(message); stderr: \(String(decoding: stderr.suffix(4000), as: UTF8.self))" }
}
