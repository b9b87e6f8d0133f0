import Foundation
import ReaderFeeds
import ReaderModels

/// RSS 2.0: guid (not a permalink), `pubDate`, `dc:creator`, categories, the
/// summary in `description` and the body in `content:encoded`.
struct RSSTemplate: FeedTemplate {
    func header(title: String, updated: Date) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" \
        xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
        <title>\(HTMLText.escaped(title))</title>
        <link>https://ipnews.example/</link>
        <description>Synthetic news about intellectual property in China's provinces</description>
        <lastBuildDate>\(InternetDate.string(from: updated))</lastBuildDate>

        """
    }

    func entry(_ article: SyncWire.Article, isFirst: Bool) -> String {
        let categories = (article.tags ?? []).map { "<category>\(HTMLText.escaped($0))</category>" }.joined()
        return """
            <item>
            <title>\(HTMLText.escaped(article.title))</title>
            <link>\(HTMLText.escaped(article.url))</link>
            <guid isPermaLink="false">\(HTMLText.escaped(article.id))</guid>
            <pubDate>\(InternetDate.string(from: article.published))</pubDate>
            <dc:creator>\(HTMLText.escaped(article.author ?? ""))</dc:creator>
            \(categories)
            <description>\(HTMLText.escaped(article.summary ?? ""))</description>
            <content:encoded><![CDATA[\(cdataSafe(article.contentHTML ?? ""))]]></content:encoded>
            </item>

            """
    }

    var footer: String { "</channel>\n</rss>\n" }

    /// Splits any `]]>` so it cannot end the CDATA section early.
    private func cdataSafe(_ text: String) -> String {
        text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
    }
}
