import Foundation

extension GReaderWire {
    /// `stream/contents` and `stream/items/contents`: a page of items, read
    /// item by item, so that one item that cannot be read is set aside with
    /// its reason and the rest of the page stands.
    struct StreamContents: Decodable, Sendable {
        /// One element of `items`: an item, or why it could not be read.
        enum Element: Decodable, Sendable {
            /// An item that decoded.
            case item(Item)
            /// One that did not: its `id` if that much could be read, and why.
            case unreadable(id: String?, reason: String)

            private enum IDKey: String, CodingKey { case id }

            /// Decodes whatever the element holds.
            init(from decoder: any Decoder) throws {
                do {
                    self = .item(try Item(from: decoder))
                } catch {
                    let id = try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)
                    self = .unreadable(id: id, reason: DecodingFailure.describe(error))
                }
            }
        }

        /// The page's items, in the server's order.
        var items: [Element]
        /// Where the next page starts; only when this page was full.
        var continuation: String?

        private enum CodingKeys: String, CodingKey { case items, continuation }

        /// Decodes the page; only its own fields (no `items`, an `items` that
        /// is neither an array nor `null`, a `continuation` that is not a
        /// string) can fail it.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            items = try container.decode([Element]?.self, forKey: .items) ?? []
            continuation = try container.decodeIfPresent(String.self, forKey: .continuation)
        }
    }
}
