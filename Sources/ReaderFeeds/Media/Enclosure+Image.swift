import ReaderModels

extension Enclosure {
    /// Whether its type says it is an image (an image enclosure can stand for the item).
    var isImage: Bool { mimeType?.lowercased().hasPrefix("image/") ?? false }
}
