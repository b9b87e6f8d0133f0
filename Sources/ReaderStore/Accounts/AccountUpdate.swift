package import Foundation

/// Changes to an account's sync bookkeeping, saved with the data they
/// describe; each property left `nil` keeps the stored value.
package struct AccountUpdate: Sendable, Equatable {
    /// The continuation of the first window's next page; an empty string
    /// clears it.
    package var windowContinuation: String?
    /// Items of the first window fetched by the page saved with this update.
    package var windowFetchedAdded: Int?
    /// The first window has been fetched in full.
    package var windowDone: Bool?
    /// The smallest item number of a page of the first window.
    package var windowFloorCandidate: Int64?
    /// The server's fetch time of the newest item stored; the stored value
    /// only ever moves forward.
    package var fetchedSince: Date?
    /// When the subscription list was read.
    package var subscriptionsReadAt: Date?
    /// When the sync succeeded; clears the last error.
    package var syncedAt: Date?
    /// The error of a failed sync.
    package var error: String?

    /// Creates an update.
    package init(
        windowContinuation: String? = nil, windowFetchedAdded: Int? = nil, windowDone: Bool? = nil,
        windowFloorCandidate: Int64? = nil, fetchedSince: Date? = nil, subscriptionsReadAt: Date? = nil,
        syncedAt: Date? = nil, error: String? = nil
    ) {
        self.windowContinuation = windowContinuation
        self.windowFetchedAdded = windowFetchedAdded
        self.windowDone = windowDone
        self.windowFloorCandidate = windowFloorCandidate
        self.fetchedSince = fetchedSince
        self.subscriptionsReadAt = subscriptionsReadAt
        self.syncedAt = syncedAt
        self.error = error
    }
}
