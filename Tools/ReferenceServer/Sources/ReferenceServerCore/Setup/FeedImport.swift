import Foundation
import ReaderFeeds
import ReaderModels

/// Turns a feed file into Sync API articles.
enum FeedImport {
    /// The articles of the feed file at `path`: the feed's item ids, its
    /// province categories as `provinces` (other categories become tags), and
    /// the file's modification time for items without dates.
    static func articles(fromFileAt path: String) throws(ServerSetupError) -> [SyncWire.Article] {
        let data: Data
        let fileDate: Date
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            fileDate = attributes[.modificationDate] as? Date ?? Date(timeIntervalSince1970: 0)
        } catch {
            throw .importFailed(path: path, reason: error.localizedDescription)
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(data, contentType: nil)
        } catch {
            throw .importFailed(path: path, reason: error.description)
        }
        return feed.items.map { article(from: $0, feed: feed, fallbackDate: fileDate) }
    }

    private static func article(from item: ParsedItem, feed: ParsedFeed, fallbackDate: Date) -> SyncWire.Article {
        var provinces: [String] = []
        var tags: [String] = []
        for category in item.categories {
            if let province = province(named: category) {
                provinces.append(province.name)
            } else {
                tags.append(category)
            }
        }
        let published = item.published ?? item.updated ?? fallbackDate
        return SyncWire.Article(
            id: item.uniqueID,
            url: item.url ?? feed.homePageURL ?? item.uniqueID,
            title: item.title,
            published: published,
            updated: item.updated ?? published,
            summary: item.summary,
            contentHTML: item.contentHTML,
            author: item.author,
            language: item.language ?? feed.language,
            provinces: provinces.isEmpty ? nil : Array(Set(provinces)).sorted(),
            tags: tags.isEmpty ? nil : tags)
    }

    /// The province a category names, in English (any case) or Chinese.
    private static func province(named category: String) -> Province? {
        let name = category.trimmingCharacters(in: .whitespaces)
        return Province.allCases.first {
            $0.name.caseInsensitiveCompare(name) == .orderedSame || $0.chineseName == name
        }
    }
}
