import Foundation

/// Reads JSON Feed 1.0 and 1.1 documents (https://jsonfeed.org/version/1.1).
///
/// Item fields: `id` (a number is read as its digits), `url`, `title`,
/// `content_html` (else `content_text` as HTML paragraphs), `summary` (plain
/// text), `date_published`, `date_modified`, `authors` (1.1) or `author`
/// (1.0), else the feed's, `tags`, `language` (else the feed's), `image`,
/// `banner_image`, `attachments` (as enclosures). Feed fields: `title`,
/// `home_page_url`, `description`, `language`, `favicon` (the icon) and
/// `icon` (the logo). Relative URLs resolve against the document's URL.
///
/// An entry of `items` that is not an object is skipped; every string is cut
/// to ``FieldLimits/maxFieldBytes``.
enum JSONFeedParser {
    /// Reads the feed in `data` (UTF-8 JSON), handing its items to `receive`
    /// in chunks of `chunkSize`, then the rest with the feed's fields;
    /// `receive` returns false to stop reading.
    ///
    /// - throws: ``FeedParseError/malformedJSON(message:)`` if `data` is not
    ///   JSON, or not an object with an `items` array and (if it has a
    ///   `version`) a JSON Feed version URL.
    static func read(
        _ data: Data, base: LinkBase? = nil, chunkSize: Int, receive: (ParsedFeed) -> Bool
    ) throws(FeedParseError) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .malformedJSON(message: "not valid JSON")
        }
        guard let feed = root as? [String: Any] else {
            throw .malformedJSON(message: "the top level is not an object")
        }
        if let version = feed["version"] {
            guard let version = version as? String, version.contains("jsonfeed.org/version/") else {
                throw .malformedJSON(message: "\"version\" is not a JSON Feed version")
            }
        }
        guard let items = feed["items"] as? [Any] else {
            throw .malformedJSON(message: "no \"items\" array")
        }

        let feedAuthor = authorName(in: feed)
        func url(_ key: String) -> String? { string(feed[key]).map { LinkBase.resolve($0, against: base) } }
        let fields = FeedFields(
            title: string(feed["title"]).map(TextMarkup.plain.plainText), homePageURL: url("home_page_url"),
            language: string(feed["language"]), description: string(feed["description"]).map(TextMarkup.plain.plainText),
            iconURL: url("favicon"), logoURL: url("icon"))
        var collector = FeedItemCollector(chunkSize: chunkSize)
        func takeChunk() -> ParsedFeed {
            collector.takeChunk(format: .jsonFeed, fields: fields)
        }
        for element in items {
            if let item = element as? [String: Any] {
                var draft = draft(from: item, base: base)
                draft.author = draft.author ?? feedAuthor
                collector.add(draft)
            } else {
                collector.skip(reason: "not a JSON object")
            }
            if collector.isFull && !receive(takeChunk()) { return }
        }
        _ = receive(takeChunk())
    }

    private static func draft(from item: [String: Any], base: LinkBase?) -> ItemDraft {
        var draft = ItemDraft()
        draft.id = string(item["id"]) ?? number(item["id"])
        draft.link = string(item["url"])
        draft.linkBase = base
        draft.contentBase = base
        draft.title = string(item["title"])
        draft.contentHTML =
            nonEmptyString(item["content_html"])
            ?? nonEmptyString(item["content_text"]).map(HTMLText.html(fromPlainText:))
        draft.summary = string(item["summary"])
        draft.publishedText = string(item["date_published"])
        draft.updatedText = string(item["date_modified"])
        draft.author = authorName(in: item)
        draft.categories = (item["tags"] as? [Any])?.compactMap(string) ?? []
        draft.language = string(item["language"])
        draft.image.offer(string(item["image"]).map { LinkBase.resolve($0, against: base) }, from: .feedImage)
        draft.image.offer(string(item["banner_image"]).map { LinkBase.resolve($0, against: base) }, from: .bannerImage)
        for case let attachment as [String: Any] in (item["attachments"] as? [Any]) ?? [] {
            draft.addEnclosure(
                url: string(attachment["url"]), type: string(attachment["mime_type"]),
                length: number(attachment["size_in_bytes"]),
                duration: (attachment["duration_in_seconds"] as? NSNumber).map { Int($0.doubleValue) }, base: base)
        }
        return draft
    }

    /// The first author's name in a feed or item: `authors` (1.1), else `author` (1.0).
    private static func authorName(in object: [String: Any]) -> String? {
        let authors = (object["authors"] as? [Any]) ?? [object["author"] as Any]
        return authors.lazy.compactMap { ($0 as? [String: Any]).flatMap { string($0["name"]) } }.first
    }

    private static func nonEmptyString(_ value: Any?) -> String? {
        string(value).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A string value, cut to the field limit.
    private static func string(_ value: Any?) -> String? {
        (value as? String).map { FieldLimits.clamped($0) }
    }

    /// A numeric id as its digits (the spec asks readers to accept them).
    private static func number(_ value: Any?) -> String? {
        guard let number = value as? NSNumber, !(value is Bool) else { return nil }
        return number.stringValue
    }
}
