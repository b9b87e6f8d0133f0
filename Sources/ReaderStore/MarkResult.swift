/// What a mark (``ArticleStore/setFlag(_:to:for:now:)``) did.
///
/// Every article named is recorded with a fresh clock, even one that already
/// had the value: the mark is the user's intent now. So `marked` can exceed
/// `changed`.
///
/// For example:
///
/// ```swift
/// let result = try await library.store.setFlag(.read, to: true, matching: ArticleQuery(province: .yunnan))
/// print("\(result.marked) marked read, \(result.changed) of them were unread")
/// ```
public struct MarkResult: Sendable, Equatable {
    /// How many articles were marked (and, for sync endpoints, queued).
    public var marked: Int
    /// How many of them had another value on this device before.
    public var changed: Int

    /// Creates a result.
    public init(marked: Int, changed: Int) {
        self.marked = marked
        self.changed = changed
    }
}
