/// Gathers a document's items in order: those that parse, and those skipped
/// with their reason and position.
struct FeedItemCollector {
    private var items: [ParsedItem] = []
    private var skipped: [SkippedItem] = []
    private var count = 0

    /// Adds the item a draft makes, or records it as skipped.
    mutating func add(_ draft: ItemDraft) {
        if let item = draft.finished() {
            items.append(item)
            count += 1
        } else {
            skip(reason: ItemDraft.skipReason)
        }
    }

    /// Records the next item as skipped.
    mutating func skip(reason: String) {
        skipped.append(SkippedItem(index: count, reason: reason))
        count += 1
    }

    /// The feed, items without a language of their own taking the feed's.
    ///
    /// - parameter title: the feed's title, already plain text.
    func makeFeed(format: FeedFormat, title: String?, homePageURL: String?, language: String?) -> ParsedFeed {
        let language = language.map { $0.trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        var items = items
        if let language {
            for index in items.indices where items[index].language == nil {
                items[index].language = language
            }
        }
        let title = title.flatMap { $0.isEmpty ? nil : $0 }
        let homePageURL = homePageURL.map { $0.trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        return ParsedFeed(
            format: format, title: title, homePageURL: homePageURL, language: language,
            items: items, skipped: skipped)
    }
}
