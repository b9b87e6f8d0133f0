import Foundation

/// Reads JSON Feed 1.0 and 1.1 documents (https://jsonfeed.org/version/1.1).
///
/// Item fields: `id` (a number is read as its digits), `url`, `title`,
/// `content_html` (else `content_text` as HTML paragraphs), `summary` (plain
/// text), `date_published`, `date_modified`, `authors` (1.1) or `author`
/// (1.0), else the feed's, `tags`, `language` (else the feed's). Feed fields:
/// `title`, `home_page_url`, `language`.
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
    static func read(_ data: Data, chunkSize: Int, receive: (ParsedFeed) -> Bool) throws(FeedParseError) {
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
        let title = string(feed["title"]).map(TextMarkup.plain.plainText)
        let homePageURL = string(feed["home_page_url"])
        let language = string(feed["language"])
        var collector = FeedItemCollector(chunkSize: chunkSize)
        func takeChunk() -> ParsedFeed {
            collector.takeChunk(format: .jsonFeed, title: title, homePageURL: homePageURL, language: language)
        }
        for element in items {
            if let item = element as? [String: Any] {
                var draft = draft(from: item)
                draft.author = draft.author ?? feedAuthor
                collector.add(draft)
            } else {
                collector.skip(reason: "not a JSON object")
            }
            if collector.isFull && !receive(takeChunk()) { return }
        }
        _ = receive(takeChunk())
    }

    private static func draft(from item: [String: Any]) -> ItemDraft {
        var draft = ItemDraft()
        draft.id = string(item["id"]) ?? number(item["id"])
        draft.link = string(item["url"])
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
