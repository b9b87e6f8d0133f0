import Foundation

/// The JSON bodies of the Google Reader API routes Reader reads, as FreshRSS
/// and its kin write them. Decoding is by route, never by `Content-Type`
/// (servers label JSON `text/html`).
///
/// ## Topics
/// - ``SubscriptionList``
/// - ``StreamContents``
/// - ``ItemRefs``
/// - ``QuickAddResult``
/// - ``Item``
enum GReaderWire {
    /// `subscription/list?output=json`: the user's feeds.
    struct SubscriptionList: Decodable, Sendable {
        /// The feeds.
        var subscriptions: [Subscription]

        private enum CodingKeys: String, CodingKey { case subscriptions }

        /// Decodes the list; a missing or `null` list is an empty one.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            subscriptions = try container.decodeIfPresent([Subscription].self, forKey: .subscriptions) ?? []
        }
    }

    /// One feed of ``SubscriptionList``.
    struct Subscription: Decodable, Sendable {
        /// Its stream id, such as `feed/2`.
        var id: String
        /// Its title, with the server's fullwidth escapes.
        var title: String?
        /// Its feed URL.
        var url: String?
        /// Its web site.
        var htmlUrl: String?
        /// The folders it is in.
        var categories: [Category]?
    }

    /// A folder of a ``Subscription``.
    struct Category: Decodable, Sendable {
        /// Its tag, such as `user/-/label/Patents`.
        var id: String
        /// Its name, if given apart.
        var label: String?
    }

    /// `stream/items/ids`: one page of item ids.
    struct ItemRefs: Decodable, Sendable {
        /// The ids, each in decimal (some servers write the long form).
        var itemRefs: [Ref]
        /// Where the next page starts; only when this page was full.
        var continuation: String?

        private enum CodingKeys: String, CodingKey { case itemRefs, continuation }

        /// Decodes the page; an `itemRefs` of `null` is an empty page, a
        /// missing one (an error body) is no page.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            itemRefs = try container.decode([Ref]?.self, forKey: .itemRefs) ?? []
            continuation = try container.decodeIfPresent(String.self, forKey: .continuation)
        }
    }

    /// One entry of ``ItemRefs``.
    struct Ref: Decodable, Sendable {
        /// The item's id as the server wrote it.
        var id: String
    }

    /// `subscription/quickadd`: whether the server subscribed to a URL.
    struct QuickAddResult: Decodable, Sendable {
        /// 1 when it subscribed, 0 when it could not.
        var numResults: LenientNumber
        /// The new feed's stream id, such as `feed/7`.
        var streamId: String?
        /// Why it could not, in the server's words.
        var error: String?
    }
}
