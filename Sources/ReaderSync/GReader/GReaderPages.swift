/// A page of items of `stream/contents`, or the items
/// `stream/items/contents` returned, normalised.
struct GReaderItemPage: Sendable, Equatable {
    /// The items that could be read, in the server's order.
    var entries: [GReaderEntry]
    /// The items that could not, each as `item ID: reason` (or `item N:
    /// reason` by its place from 1, when even its id could not be read):
    /// skipped, the rest of the page kept. The caller adds them to
    /// ``SyncReport/skipped``.
    var skipped: [String]
    /// Where the next page starts; `nil` when this was the last (an empty
    /// continuation counts as none).
    var continuation: String?
}

extension GReaderItemPage {
    /// The page `contents` holds.
    init(_ contents: GReaderWire.StreamContents) {
        entries = []
        skipped = []
        for (index, element) in contents.items.enumerated() {
            switch element {
            case .item(let item):
                do throws(GReaderEntry.Unreadable) {
                    entries.append(try GReaderEntry(item))
                } catch {
                    skipped.append("item \(item.id.prefix(60)): \(error.reason)")
                }
            case .unreadable(let id, let reason):
                skipped.append("item \(id.map { String($0.prefix(60)) } ?? String(index + 1)): \(reason)")
            }
        }
        continuation = contents.continuation.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// A page of item ids of `stream/items/ids`.
struct GReaderIDPage: Sendable, Equatable {
    /// The ids, in the server's order.
    var ids: [GReaderItemID]
    /// Where the next page starts; `nil` when this was the last.
    var continuation: String?
}
