/// Gathers a document's items in order: those that parse, and those skipped
/// with their reason and position; hands them over in chunks when asked.
struct FeedItemCollector {
    /// Items (parsed or skipped) after which ``isFull`` says a chunk is ready.
    let chunkSize: Int
    private var items: [ParsedItem] = []
    private var skipped: [SkippedItem] = []
    private var count = 0

    /// A collector that holds at most `chunkSize` items between hand-overs.
    init(chunkSize: Int = .max) {
        self.chunkSize = max(1, chunkSize)
    }

    /// Whether a chunk of items is ready to be taken.
    var isFull: Bool { items.count + skipped.count >= chunkSize }

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

    /// The items gathered since the last call, as a feed with the fields read
    /// so far (blank ones left out); items without a language of their own
    /// take the feed's.
    mutating func takeChunk(format: FeedFormat, fields: FeedFields) -> ParsedFeed {
        let language = Self.nonBlank(fields.language)
        var chunk = items
        let chunkSkipped = skipped
        items = []
        skipped = []
        if let language {
            for index in chunk.indices where chunk[index].language == nil {
                chunk[index].language = language
            }
        }
        return ParsedFeed(
            format: format, title: fields.title.flatMap { $0.isEmpty ? nil : $0 },
            homePageURL: Self.nonBlank(fields.homePageURL), language: language,
            description: fields.description.flatMap { $0.isEmpty ? nil : $0 }, iconURL: Self.nonBlank(fields.iconURL),
            logoURL: Self.nonBlank(fields.logoURL), items: chunk, skipped: chunkSkipped)
    }

    private static func nonBlank(_ text: String?) -> String? {
        text.map { $0.trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
