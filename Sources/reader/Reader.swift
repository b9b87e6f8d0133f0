import ArgumentParser
import Foundation
import ReaderCore

/// The `reader` command: a thin shell over `ReaderCore`.
@main
struct Reader: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Offline reader for news about intellectual property in China's provinces.",
        discussion: """
            The cache is --db PATH, else $READER_DB, else $XDG_DATA_HOME/reader/reader.sqlite \
            (~/.local/share/reader/reader.sqlite).
            """,
        version: ReaderVersion.current,
        subcommands: [
            Sync.self, List.self, Show.self, Feeds.self, Accounts.self, Provinces.self, Status.self,
            MarkRead.self, MarkUnread.self, Bookmark.self, Unbookmark.self, Doctor.self, Prune.self, Retention.self,
        ])

    /// Parses the command line and runs the command; a usage error is one
    /// line on stderr (with the nearest command for a mistyped one) and exit 64.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exitForUsage(error, arguments: arguments)
        }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                var synchronous = command
                try synchronous.run()
            }
        } catch let error as ValidationError {
            exitForUsage(error, arguments: arguments)
        } catch {
            exit(withError: error)
        }
    }

    /// Ends the process for a command line that did not parse: help and
    /// `--version` as ArgumentParser prints them, anything else in one line.
    private static func exitForUsage(_ error: any Error, arguments: [String]) -> Never {
        let code = exitCode(for: error)
        guard code != .success else { exit(withError: error) }
        let message = UsageMessage.line(for: error, arguments: arguments, message: message(for: error))
        Terminal.printError(message)
        Foundation.exit(code.rawValue)
    }
}
