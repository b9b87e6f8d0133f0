import CorpusGenerator
import Foundation
import ReaderModels
import ReaderRandom

/// How the admin API's random edits change an article: the title and body
/// carry a revision number, and `updated` moves 1 to 72 hours later.
enum ArticleRevision {
    /// `article` with its revision number raised by one.
    static func revised(_ article: SyncWire.Article, random: inout SplitMix64) -> SyncWire.Article {
        var revised = article
        let (baseTitle, revision) = split(article.title)
        let next = revision + 1
        revised.title = "\(baseTitle)\(marker)\(next)]"
        let body = (article.contentHTML ?? "").components(separatedBy: paragraphStart).first ?? ""
        revised.contentHTML = "\(body)\(paragraphStart)Revision \(next): figures updated.</p>"
        revised.updated = article.updated.addingTimeInterval(Double(random.next(in: 1...72)) * 3600)
        return revised
    }

    private static let marker = " [rev "
    private static let paragraphStart = "\n<p class=\"revision\">"

    /// The title without its revision marker, and the revision number (0 when unmarked).
    private static func split(_ title: String) -> (String, Int) {
        guard title.hasSuffix("]"), let range = title.range(of: marker, options: .backwards),
            let number = Int(title[range.upperBound...].dropLast())
        else { return (title, 0) }
        return (String(title[..<range.lowerBound]), number)
    }
}
