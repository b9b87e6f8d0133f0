import Foundation
import ReaderCore

/// Where `reader` writes, and what the terminal can show.
///
/// Every line of text `reader` writes goes through here, made safe by
/// ``ServerText/displayable(_:secrets:)``: titles, summaries, source titles
/// and errors come from servers and feeds, and may carry terminal escapes
/// (ESC, BEL, CSI and the other C0 and C1 controls) or echo a credential.
/// The module's own `print(_:)` (below) routes every `print` of a `String`
/// here, so no command can write such text raw; JSON goes out exactly as
/// ``JSONOutput`` made it, its control characters escaped.
enum Terminal {
    /// Whether standard output is an interactive terminal (for progress lines).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes `text` and a newline to standard output, made safe to show.
    static func printLine(_ text: String) {
        FileHandle.standardOutput.write(Data((shown(text) + "\n").utf8))
    }

    /// Prints `message` as one line on standard error, prefixed `reader: `,
    /// made safe to show.
    static func printError(_ message: String) {
        let line = shown(message).split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("\(TextColors.forStream(STDERR_FILENO).error("reader:")) \(line)\n".utf8))
    }

    /// The columns of the terminal: `$COLUMNS` when set, else the width of
    /// the terminal standard output is on (`TIOCGWINSZ`), else `nil`.
    static var columns: Int? {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        return windowColumns
    }

    /// The width of the terminal standard output is on, read now (`TIOCGWINSZ`), or `nil`.
    static var windowColumns: Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Rewrites the current terminal line with `text`, made safe to show.
    static func rewriteLine(_ text: String) {
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K\(shown(text))".utf8))
    }

    /// Clears the current terminal line.
    static func clearLine() {
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8))
    }

    /// Clears the current line when standard output is a terminal (where a
    /// progress line may stand).
    static func clearLineIfInteractive() {
        if isInteractive { clearLine() }
    }

    /// `text` without control characters other than newline and tab, and
    /// without any credential it seems to carry, this run's token included.
    static func shown(_ text: String) -> String {
        ServerText.displayable(text, secrets: secrets)
    }

    /// The tokens this run was given (`--token`, `$READER_TOKEN`), which no
    /// line may show, whoever echoes them.
    private static let secrets: [String] = {
        var found = [ProcessInfo.processInfo.environment["READER_TOKEN"]].compactMap { $0 }
        let arguments = CommandLine.arguments
        for (index, argument) in arguments.enumerated() {
            if argument == "--token", index + 1 < arguments.count { found.append(arguments[index + 1]) }
            if argument.hasPrefix("--token=") { found.append(String(argument.dropFirst("--token=".count))) }
        }
        return found.filter { !$0.isEmpty }
    }()
}

/// Prints `text` and a newline through ``Terminal/printLine(_:)``: inside
/// `reader`, this `print` is the one a `String` argument finds, so every
/// line a command prints is made safe to show.
func print(_ text: String) {
    Terminal.printLine(text)
}

/// Prints text made safe to show, with its colours, and a newline.
func print(_ styled: StyledText) {
    FileHandle.standardOutput.write(Data((styled.shownText + "\n").utf8))
}

/// Prints JSON text exactly as ``JSONOutput`` made it, and a newline.
func print(_ json: JSONText) {
    FileHandle.standardOutput.write(Data((json.text + "\n").utf8))
}
