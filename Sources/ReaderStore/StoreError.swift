/// Why the cache could not do what was asked.
///
/// Every case says what failed in words safe to show a user; database causes
/// are wrapped with the operation that hit them, never rethrown raw.
///
/// For example:
///
/// ```swift
/// do {
///     try await library.store.setFlag(.read, to: true, for: [id])
/// } catch {
///     switch error {
///     case .articleNotFound(let id): print("no article \(id)")
///     case .syncInProgress: print("another process is syncing; try again later")
///     default: print(error)
///     }
/// }
/// ```
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// A database operation failed.
    case database(operation: String, reason: String)
    /// No article has this id.
    case articleNotFound(String)
    /// No source has this URL or id.
    case sourceNotFound(String)
    /// The cache file is damaged (SQLite found it malformed, or not a
    /// database at all). It is left exactly as it is: ``CacheDoctor`` checks
    /// it and can rebuild it, keeping read state and bookmarks.
    case damaged(path: String, reason: String)
    /// The cache cannot be written: the file, its folder or its file system
    /// is read-only.
    case readOnly(path: String, reason: String)
    /// No account has this name or number.
    case accountNotFound(String)
    /// Another account already has this name.
    case accountNameTaken(String)
    /// The disk holding the cache is full. Everything committed before stays.
    case diskFull(path: String)
    /// Another process (or another library in this one) is syncing or
    /// rebuilding the same cache.
    case syncInProgress(path: String)
    /// ``ArticleQuery/search`` is not a search the cache can run (no word
    /// to look for, an unclosed quote, …): ``SearchQueryError`` says why.
    case invalidSearch(SearchQueryError)
    /// A read-only open (``ArticleStore/OpenMode/readExisting``) found no
    /// cache at this path, and created none.
    case cacheNotFound(path: String)

    /// One line that says what failed.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the cache at \(path): \(reason)"
        case .database(let operation, let reason): "cache error while \(operation): \(reason)"
        case .articleNotFound(let id): "no article with id \(id)"
        case .sourceNotFound(let url): "no source \(url)"
        case .damaged(let path, let reason): "the cache at \(path) is damaged (\(reason)); it was left as it is"
        case .readOnly(let path, let reason):
            "the cache at \(path) cannot be written (\(reason)): the file, its folder or its disk is read-only"
        case .accountNotFound(let name): "no account \(name)"
        case .accountNameTaken(let name): "another account is already called \(name)"
        case .diskFull(let path): "the disk holding the cache at \(path) is full; what was stored before stays"
        case .syncInProgress(let path): "a sync of the cache at \(path) is running in another process; try again when it ends"
        case .invalidSearch(let error): error.description
        case .cacheNotFound(let path): "there is no cache at \(path) yet"
        }
    }
}
