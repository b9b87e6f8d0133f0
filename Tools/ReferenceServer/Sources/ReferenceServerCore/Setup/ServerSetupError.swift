/// Why the server could not start.
public enum ServerSetupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A setting is out of range.
    case invalidConfiguration(String)
    /// The database could not be opened or written.
    case database(String)
    /// A feed file given to import could not be read or parsed.
    case importFailed(path: String, reason: String)

    /// One line that says what is wrong.
    public var description: String {
        switch self {
        case .invalidConfiguration(let message): "invalid configuration: \(message)"
        case .database(let message): "database: \(message)"
        case .importFailed(let path, let reason): "cannot import \(path): \(reason)"
        }
    }
}
