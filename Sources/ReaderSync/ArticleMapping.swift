import Foundation
import ReaderFeeds
import ReaderModels
import ReaderProvinces
@_spi(ReaderInternals) import ReaderStore

/// Turns what a source sends into ``Article``s, tagging provinces from the
/// text where the source gives none.
struct ArticleMapping: Sendable {
    let source: Source
    let tagger: ProvinceTagger
    let now: Date

    /// The articles of the feed's items (a chunk of a document), as one batch;
    /// items without dates get the feed's own date (else `now`) on first
    /// sight and keep their stored dates after. An id already in `seen` (a
    /// duplicate item, perhaps in an earlier chunk) is left out, and every id
    /// taken is added to it.
    func batch(from feed: ParsedFeed, seen: inout Set<ArticleID>) -> ArticleBatch {
        var batch = ArticleBatch()
        var categories = CategorySplitter()
        for item in feed.items {
            let id = ArticleID(sourceURL: source.url, remoteID: item.uniqueID)
            guard seen.insert(id).inserted else { continue }
            if item.published == nil && item.updated == nil { batch.undatedIDs.insert(id) }
            let published = item.published ?? item.updated ?? feed.updated ?? now
            let (provinces, tags) = categories.split(item.categories)
            let body = Self.bodyText(html: item.contentHTML, summary: item.summary)
            batch.articles.append(
                Article(
                    id: id, sourceID: source.id, remoteID: item.uniqueID, url: item.url, title: item.title,
                    summary: item.summary, contentHTML: item.contentHTML, author: item.author,
                    language: item.language ?? feed.language, published: published,
                    updated: item.updated.map { max($0, published) } ?? published,
                    provinces: provinces + tagged(title: item.title, bodyText: body),
                    tags: tags, imageURL: item.imageURL, enclosures: item.enclosures))
        }
        return batch
    }

    /// What a feed says about itself, as an update of its source.
    static func details(of feed: ParsedFeed) -> SourceUpdate {
        SourceUpdate(
            title: feed.title, homePageURL: feed.homePageURL, feedDescription: feed.description,
            language: feed.language, iconURL: feed.iconURL, logoURL: feed.logoURL)
    }

    /// The articles and retractions of a Sync API page.
    func batch(from page: SyncWire.ArticlePage) -> ArticleBatch {
        var batch = ArticleBatch(retractedIDs: page.deleted.map { ArticleID(sourceURL: source.url, remoteID: $0) })
        for wire in page.articles {
            let body = Self.bodyText(html: wire.contentHTML, summary: wire.summary)
            batch.articles.append(article(from: wire, bodyText: body))
        }
        return batch
    }

    /// A Sync API article; its `provinces` are canonical English names (the
    /// contract's), looked up exactly: one that is not a province's name is
    /// ignored, as the contract ignores what it does not know, never guessed
    /// at. Without `provinces` the article is tagged from its text.
    private func article(from wire: SyncWire.Article, bodyText: String) -> Article {
        let provinces = wire.provinces.map { $0.compactMap(Province.init(rawValue:)) }
            ?? tagged(title: wire.title, bodyText: bodyText)
        return Article(
            id: ArticleID(sourceURL: source.url, remoteID: wire.id), sourceID: source.id, remoteID: wire.id,
            url: wire.url, title: wire.title, summary: wire.summary, contentHTML: wire.contentHTML,
            author: wire.author, language: wire.language, published: wire.published, updated: wire.updated,
            provinces: provinces, tags: wire.tags ?? [], imageURL: wire.image, enclosures: wire.enclosures ?? [])
    }

    /// The provinces named in an article's title and body text (``bodyText(html:summary:)``).
    func tagged(title: String, bodyText: String) -> [Province] {
        Array(tagger.provinces(in: title + "\n" + bodyText))
    }

    /// The text of an article's body, as tagging and the full-text index take
    /// it: its content as plain text, else its summary.
    static func bodyText(html: String?, summary: String?) -> String {
        ArticleBatch.bodyText(contentHTML: html, summary: summary)
    }
}
