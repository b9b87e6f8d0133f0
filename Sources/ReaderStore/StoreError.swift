/// Why the cache could not do what was asked.
///
/// Every case says what failed in words safe to show a user; database causes
/// are wrapped with the operation that hit them, never rethrown raw.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// A database operation failed.
    case database(operation: String, reason: String)
    /// No article has this id.
    case articleNotFound(String)
    /// No source has this URL or id.
    case sourceNotFound(String)

    /// One line that says what failed.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the cache at \(path): \(reason)"
        case .database(let operation, let reason): "cache error while \(operation): \(reason)"
        case .articleNotFound(let id): "no article with id \(id)"
        case .sourceNotFound(let url): "no source \(url)"
        }
    }
}
