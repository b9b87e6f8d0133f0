import Foundation

/// A run of `reader` on a pseudo-terminal of a given width, through
/// util-linux `script`: what a person at a terminal sees, escape codes and
/// carriage returns included.
struct TerminalRun: Sendable {
    /// Everything the terminal received (standard output and error).
    let output: String
    /// The exit status of `reader`.
    let status: Int32

    /// The lines the terminal shows, each cut at its carriage returns into the
    /// frames drawn over one another, erase-line codes removed.
    var frames: [[String]] {
        output.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                line.replacingOccurrences(of: "\u{1B}[2K", with: "").split(separator: "\r").map(String.init)
            }
    }
}

extension ReaderProcess {
    /// Runs `reader arguments… --db DATABASE` with its standard output and
    /// error on a pseudo-terminal `columns` wide (`stty cols`).
    /// - throws: ``ReaderFailure/timedOut`` after `timeout`.
    func runInTerminal(
        _ arguments: [String], columns: Int, environment: [String: String] = [:], timeout: Duration = .seconds(120)
    ) async throws -> TerminalRun {
        let words = [binary.path] + arguments + ["--db", database.path]
        let command = "stty cols \(columns) rows 24; exec " + words.map(Self.shellQuoted).joined(separator: " ")
        let child = try ChildProcess(
            executable: URL(fileURLWithPath: "/usr/bin/script"), arguments: ["-q", "-e", "-c", command, "/dev/null"],
            environment: cleanEnvironment.merging(environment) { $1 })
        guard let status = await child.exitStatus(within: timeout) else {
            child.send(SIGKILL)
            throw ReaderFailure.timedOut(arguments: arguments, after: timeout, stderr: String(decoding: child.standardOutput, as: UTF8.self))
        }
        return TerminalRun(output: String(decoding: child.standardOutput, as: UTF8.self), status: status)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
