/// An item's read and starred flags as an account's server has them.
package struct AccountItemState: Sendable, Equatable {
    /// Whether the server has it read.
    package var isRead: Bool
    /// Whether the server has it starred (Reader's bookmark).
    package var isStarred: Bool

    /// Creates a state value.
    package init(isRead: Bool, isStarred: Bool) {
        self.isRead = isRead
        self.isStarred = isStarred
    }
}

/// What taking an account server's state did to the local state.
package struct AccountStateMerge: Sendable, Equatable {
    /// Flags set to the server's value.
    package var changed = 0
    /// Flags left as they are because a local change is still waiting to be sent.
    package var keptPending = 0

    /// Creates a result.
    package init(changed: Int = 0, keptPending: Int = 0) {
        self.changed = changed
        self.keptPending = keptPending
    }

    /// Adds the counts of `other` to these.
    package mutating func add(_ other: AccountStateMerge) {
        changed += other.changed
        keptPending += other.keptPending
    }
}
