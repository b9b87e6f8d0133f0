import Foundation
import ReaderCore

/// The table `reader list` prints: it fits 100 columns.
enum ArticleTable {
    private static let columns = (date: 10, provinces: 18, title: 49, id: 16)

    static func render(_ entries: [ArticleEntry]) -> String {
        var lines = [row("DATE", "PROVINCES", "  TITLE", "ID")]
        for entry in entries {
            let article = entry.article
            let marks = (entry.isRead ? " " : "*") + (entry.isBookmarked ? "+" : " ")
            lines.append(
                row(
                    day(article.published), article.provinces.map(\.name).joined(separator: ","),
                    marks + article.title, article.id.rawValue))
        }
        lines.append("(* unread, + bookmarked)")
        return lines.joined(separator: "\n")
    }

    private static func row(_ date: String, _ provinces: String, _ title: String, _ id: String) -> String {
        [
            DisplayWidth.fit(date, to: columns.date), DisplayWidth.fit(provinces, to: columns.provinces),
            DisplayWidth.fit(title, to: columns.title), id,
        ].joined(separator: " ")
    }

    static func day(_ date: Date) -> String {
        String(RFC3339.string(from: date).prefix(10))
    }
}
