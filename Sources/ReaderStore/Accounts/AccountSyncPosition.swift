package import Foundation

/// Where an account's sync stands, as the cache keeps it between syncs.
package struct AccountSyncPosition: Sendable, Equatable {
    /// The first sync fetches at most this many of the newest items.
    package var windowLimit: Int
    /// The first sync fetches no item published before this, if set.
    package var windowSince: Date?
    /// The continuation to page the first window on from, if it was cut short.
    package var windowContinuation: String?
    /// How many items of the first window have been fetched.
    package var windowFetched: Int
    /// Whether the first window has been fetched in full.
    package var windowDone: Bool
    /// The smallest item number of the first window: unread items below it
    /// are not fetched (they are older than the window).
    package var windowFloor: Int64?
    /// The server's time when the last fetch of new items began: the next
    /// fetch asks for items the server fetched since then.
    package var fetchedSince: Date?

    /// Creates a position.
    package init(
        windowLimit: Int = 1000, windowSince: Date? = nil, windowContinuation: String? = nil, windowFetched: Int = 0,
        windowDone: Bool = false, windowFloor: Int64? = nil, fetchedSince: Date? = nil
    ) {
        self.windowLimit = windowLimit
        self.windowSince = windowSince
        self.windowContinuation = windowContinuation
        self.windowFetched = windowFetched
        self.windowDone = windowDone
        self.windowFloor = windowFloor
        self.fetchedSince = fetchedSince
    }
}
