import Foundation

/// Runs SQL on a cache file with the `sqlite3` command-line shell: another
/// process, so what the store committed is what it sees.
enum SQLiteShell {
    /// The shell's output for `sql` on the database at `path`, trimmed.
    static func run(_ sql: String, on path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        // Wait for locks as the store does (the shell's own default is not at
        // all): a store closing meanwhile holds one while it checkpoints.
        process.arguments = ["-cmd", ".timeout 10000", path, sql]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
