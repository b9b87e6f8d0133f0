/// The Google Reader API's stream and tag ids that an account sync uses.
enum GReaderStreams {
    /// Every item of every subscription.
    static let readingList = "user/-/state/com.google/reading-list"
    /// The tag of read items.
    static let read = "user/-/state/com.google/read"
    /// The tag, and stream, of starred items.
    static let starred = "user/-/state/com.google/starred"

    /// The tag a change of `field` adds or removes.
    static func tag(of field: StateField) -> String {
        switch field {
        case .read: read
        case .bookmarked: starred
        }
    }
}

import ReaderModels
