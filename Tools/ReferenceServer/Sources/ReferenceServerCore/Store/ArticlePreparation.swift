import ReaderModels
import ReaderProvinces

/// Readies an article for the store: dates cut to whole milliseconds (the
/// wire's precision, so a stored copy compares equal), and provinces tagged
/// from the title and text when the article brings none of its own.
enum ArticlePreparation {
    /// `article`, ready to store.
    static func prepared(_ article: SyncWire.Article) -> SyncWire.Article {
        var article = article
        article.published = StoredDate.rounded(article.published)
        article.updated = StoredDate.rounded(article.updated)
        if article.provinces?.isEmpty ?? true {
            let text = [article.title, article.summary ?? "", article.contentHTML ?? ""].joined(separator: "\n")
            let tagged = ProvinceTagger.standard.provinces(in: text).sorted().map(\.name)
            article.provinces = tagged.isEmpty ? nil : tagged
        }
        return article
    }
}
