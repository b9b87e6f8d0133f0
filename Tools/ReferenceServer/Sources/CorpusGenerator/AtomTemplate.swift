import Foundation
import ReaderFeeds
import ReaderModels

/// Atom 1.0: a `urn:` id, `xml:lang`, published and updated, categories, the
/// summary and the body as escaped HTML.
struct AtomTemplate: FeedTemplate {
    func header(title: String, updated: Date) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>\(HTMLText.escaped(title))</title>
        <id>urn:ipnews-example:corpus</id>
        <link rel="alternate" type="text/html" href="https://ipnews.example/"/>
        <updated>\(RFC3339.string(from: updated))</updated>

        """
    }

    func entry(_ article: SyncWire.Article, isFirst: Bool) -> String {
        let categories = (article.tags ?? []).map { "<category term=\"\(HTMLText.escaped($0))\"/>" }.joined()
        return """
            <entry xml:lang="\(article.language ?? "en")">
            <id>urn:ipnews-example:\(HTMLText.escaped(article.id))</id>
            <title>\(HTMLText.escaped(article.title))</title>
            <link rel="alternate" type="text/html" href="\(HTMLText.escaped(article.url))"/>
            <published>\(RFC3339.string(from: article.published))</published>
            <updated>\(RFC3339.string(from: article.updated))</updated>
            <author><name>\(HTMLText.escaped(article.author ?? ""))</name></author>
            \(categories)
            <summary>\(HTMLText.escaped(article.summary ?? ""))</summary>
            <content type="html">\(HTMLText.escaped(article.contentHTML ?? ""))</content>
            </entry>

            """
    }

    var footer: String { "</feed>\n" }
}
