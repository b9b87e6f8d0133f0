/// Canned bodies shaped like FreshRSS 1.25's answers.
enum GReaderBodies {
    /// An item of `stream/contents` in the long-form id `hex` (16 digits).
    static func item(_ hex: String, title: String = "Kunming patent office", extra: String = "") -> String {
        """
        {"id":"tag:google.com,2005:reader/item/\(hex)","crawlTimeMsec":"1700000000123","timestampUsec":"1700000000123456",\
        "published":1699990000,"title":"\(title)","canonical":[{"href":"https://news.example/\(hex)"}],\
        "alternate":[{"href":"https://news.example/alt/\(hex)","type":"text/html"}],\
        "categories":["user/-/state/com.google/reading-list","user/-/label/Patents"],\
        "origin":{"streamId":"feed/2","htmlUrl":"https://news.example/","title":"IP News"},\
        "summary":{"content":"<p>Story \(hex)</p>"},"author":"Li Wei"\(extra)}
        """
    }

    /// A `stream/contents` page of `items`, continued at `continuation`.
    static func page(_ items: [String], continuation: String? = nil) -> String {
        let next = continuation.map { #","continuation":"\#($0)""# } ?? ""
        return #"{"id":"user/-/state/com.google/reading-list","updated":1700000000,"items":["#
            + items.joined(separator: ",") + "]" + next + "}"
    }

    /// A `stream/items/ids` page of the decimal ids `ids`, continued at `continuation`.
    static func ids(_ ids: [Int64], continuation: String? = nil) -> String {
        let refs = ids.map { #"{"id":"\#($0)","directStreamIds":[],"timestampUsec":"1700000000000000"}"# }
        let next = continuation.map { #","continuation":"\#($0)""# } ?? ""
        return #"{"itemRefs":["# + refs.joined(separator: ",") + "]" + next + "}"
    }
}
