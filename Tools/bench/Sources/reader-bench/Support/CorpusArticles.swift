import CorpusGenerator
import ReaderCore

/// The articles of a synthetic corpus as `reader sync` stores them from a Sync
/// API endpoint that sends no province tags: ids derived from the source URL,
/// provinces tagged from the title and the body's text.
struct CorpusArticles: Sendable {
    /// The corpus.
    let corpus: CorpusGenerator
    /// The source the articles belong to.
    let source: Source
    /// The tagger that finds their provinces.
    let tagger = ProvinceTagger.standard

    /// The article at `index`.
    func article(at index: Int) -> Article {
        let wire = corpus.article(at: index)
        let text = wire.contentHTML.map { HTMLText.plainText(fromHTML: $0) } ?? wire.summary ?? ""
        return Article(
            id: ArticleID(sourceURL: source.url, remoteID: wire.id), sourceID: source.id, remoteID: wire.id,
            url: wire.url, title: wire.title, summary: wire.summary, contentHTML: wire.contentHTML,
            author: wire.author, language: wire.language, published: wire.published, updated: wire.updated,
            provinces: Array(tagger.provinces(in: wire.title + "\n" + text)), tags: wire.tags ?? [])
    }

    /// The articles at `indices`, as one page.
    func page(_ indices: Range<Int>) -> [Article] {
        indices.map(article(at:))
    }

    /// The pages of `size` articles that make up the whole corpus.
    func pages(of size: Int) -> [[Article]] {
        stride(from: 0, to: corpus.count, by: size).map { page($0..<min($0 + size, corpus.count)) }
    }
}
