import ArgumentParser
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
}
