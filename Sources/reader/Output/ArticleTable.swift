import Foundation
import ReaderCore

/// The table `reader list` prints: 96 columns, narrower on a narrower terminal
/// (the title column gives way first, then the provinces).
enum ArticleTable {
    /// The terminal width the full table is made for.
    static let widest = 100

    private struct Columns {
        var date = 10
        var provinces = 18
        var title = 49
        var id = 16

        /// The columns for a terminal `width` wide.
        init(width: Int) {
            var excess = max(0, ArticleTable.widest - width)
            let titleGives = min(excess, title - 12)
            title -= titleGives
            excess -= titleGives
            provinces -= min(excess, provinces - 6)
        }
    }

    /// The rows of `entries` with a header and a legend, fitting `width` columns.
    /// Every cell is made safe to show (``Terminal/shown(_:)``) before it is fitted,
    /// so the unread marker can carry `colors`' escape codes.
    static func render(_ entries: [ArticleEntry], width: Int = widest, colors: TextColors = .none) -> StyledText {
        let columns = Columns(width: width)
        var lines = [row("DATE", "PROVINCES", "  TITLE", "ID", columns)]
        for entry in entries {
            let article = entry.article
            let marks = (entry.isRead ? " " : "*") + (entry.isBookmarked ? "+" : " ")
            lines.append(
                row(
                    day(article.published), article.provinces.map(\.name).joined(separator: ","), marks + article.title,
                    article.id.rawValue, columns, unread: entry.isRead ? nil : colors))
        }
        lines.append("(* unread, + bookmarked)")
        return StyledText(shownText: lines.joined(separator: "\n"))
    }

    /// One row; with `unread`, its title's leading `*` in the unread colour.
    private static func row(
        _ date: String, _ provinces: String, _ title: String, _ id: String, _ columns: Columns, unread: TextColors? = nil
    ) -> String {
        var titleCell = DisplayWidth.fit(Terminal.shown(title), to: columns.title)
        if let unread, titleCell.hasPrefix("*") { titleCell = unread.unread("*") + titleCell.dropFirst() }
        return [
            DisplayWidth.fit(Terminal.shown(date), to: columns.date),
            DisplayWidth.fit(Terminal.shown(provinces), to: columns.provinces), titleCell, Terminal.shown(id),
        ].joined(separator: " ")
    }

    /// The day of `date` in the local time zone.
    static func day(_ date: Date) -> String {
        TimeFormat.localDay(date)
    }
}
