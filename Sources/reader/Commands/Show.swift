import ArgumentParser
import ReaderCore

/// `reader show ID`: one article, its HTML rendered as text.
struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one article as readable text.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The article's id, as `reader list` shows it.")
    var id: String

    @Flag(help: "Print the article as JSON, with its HTML.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let cache = try options.openCacheForReading()
            guard let entry = try await cache.article(id: ArticleID(rawValue: id)) else {
                throw StoreError.articleNotFound(id)
            }
            if json {
                let sourceURLs = try await SourceURLs.byID(in: cache)
                print(try JSONOutput.text(of: ArticleJSON(entry: entry, sourceURLs: sourceURLs, includingContent: true)))
                return
            }
            let article = entry.article
            var lines = [article.title, String(repeating: "=", count: min(80, DisplayWidth.of(article.title)))]
            if let url = article.url { lines.append(url) }
            lines.append("Published \(TimeFormat.local(article.published)), updated \(TimeFormat.local(article.updated))")
            if !article.provinces.isEmpty { lines.append("Provinces: " + article.provinces.map(\.name).joined(separator: ", ")) }
            if let author = article.author { lines.append("By \(author)") }
            lines.append("\(entry.isRead ? "Read" : "Unread")\(entry.isBookmarked ? ", bookmarked" : "") · id \(article.id)")
            lines.append("")
            lines.append(HTMLText.readableText(fromHTML: article.contentHTML ?? article.summary ?? ""))
            print(lines.joined(separator: "\n"))
        }
    }
}
