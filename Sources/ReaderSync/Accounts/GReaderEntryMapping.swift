import Foundation
import ReaderFeeds
import ReaderModels
import ReaderProvinces
@_spi(ReaderInternals) import ReaderStore

/// Turns an account's items into ``Article``s of its subscriptions, with the
/// server's read and starred flags beside them.
struct GReaderEntryMapping: Sendable {
    let account: Account
    let tagger: ProvinceTagger
    let now: Date

    /// The longest summary made from an item's content, in characters.
    static let summaryLength = 280

    /// The articles of `entries` (each filed under the source of its
    /// origin's stream in `sources`; entries of an unknown stream are left
    /// out) and their server state.
    func batch(from entries: [GReaderEntry], sources: [String: Source]) -> (ArticleBatch, [ArticleID: AccountItemState]) {
        var batch = ArticleBatch()
        var states: [ArticleID: AccountItemState] = [:]
        var seen: Set<ArticleID> = []
        var categories = CategorySplitter()
        for entry in entries {
            guard let source = sources[Self.streamID(of: entry)] else { continue }
            let id = ArticleID(sourceURL: account.articleIDBase, remoteID: entry.itemID.decimal)
            guard seen.insert(id).inserted else { continue }
            let mapping = ArticleMapping(source: source, tagger: tagger, now: now)
            let (provinces, tags) = categories.split(entry.feedCategories)
            let plain = entry.contentHTML.map { HTMLText.plainText(fromHTML: $0) }
            let body = plain ?? ""
            batch.articles.append(
                Article(
                    id: id, sourceID: source.id, remoteID: entry.itemID.decimal, url: entry.url, title: entry.title,
                    summary: plain.map { String($0.prefix(Self.summaryLength)) }, contentHTML: entry.contentHTML,
                    author: entry.author, published: entry.published, updated: max(entry.updated, entry.published),
                    provinces: provinces + mapping.tagged(title: entry.title, bodyText: body),
                    tags: tags, enclosures: entry.enclosures))
            states[id] = AccountItemState(isRead: entry.isRead, isStarred: entry.isStarred)
        }
        return (batch, states)
    }

    /// The stream an entry is filed under: its origin's, else the reading list.
    static func streamID(of entry: GReaderEntry) -> String {
        entry.streamID ?? GReaderTag.readingList
    }
}
