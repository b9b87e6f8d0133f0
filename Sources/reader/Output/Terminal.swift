import Foundation

/// Where `reader` writes, and what the terminal can show.
enum Terminal {
    /// Whether standard output is an interactive terminal (for progress lines).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Prints `message` as one line on standard error, prefixed `reader: `.
    static func printError(_ message: String) {
        let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("reader: \(line)\n".utf8))
    }

    /// Rewrites the current terminal line with `text`.
    static func rewriteLine(_ text: String) {
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    /// Clears the current terminal line.
    static func clearLine() {
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8))
    }
}
