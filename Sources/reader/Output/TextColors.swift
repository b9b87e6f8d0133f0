import Foundation

/// The colours `reader` uses on a terminal: none when `NO_COLOR` is set
/// (to anything but the empty string), when `TERM` is `dumb`, or when the
/// stream is not a terminal.
struct TextColors: Sendable {
    /// Whether escape codes are written at all.
    let isEnabled: Bool

    /// No colour.
    static let none = TextColors(isEnabled: false)

    /// The colours for what is written to `descriptor` (standard output or error).
    static func forStream(_ descriptor: Int32) -> TextColors {
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TextColors(isEnabled: !noColor && environment["TERM"] != "dumb" && isatty(descriptor) == 1)
    }

    /// `text` (already safe to show) in the unread colour: bold cyan.
    func unread(_ text: String) -> String { styled(text, code: "1;36") }

    /// `text` (already safe to show) in the error colour: bold red.
    func error(_ text: String) -> String { styled(text, code: "1;31") }

    private func styled(_ text: String, code: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Text already made safe to show (every part through ``Terminal/shown(_:)``),
/// which may carry ``TextColors``' escape codes: `print` writes it as it is.
struct StyledText {
    /// The text.
    let shownText: String
}
