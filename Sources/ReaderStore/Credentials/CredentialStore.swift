/// Where Reader keeps secrets such as an account's login token: never in the
/// cache, never in a log. An app supplies its own (the Keychain on Apple
/// platforms); ``FileCredentialStore`` is the default on Linux.
///
/// For example, a library whose secrets go to a file the app chose:
///
/// ```swift
/// let library = try ReaderLibrary(
///     path: cachePath, transport: transport, credentials: FileCredentialStore(path: secretsPath))
/// let token = try await library.credentials.secret(for: SyncEngine.credentialKey(ofSource: source.url))
/// ```
public protocol CredentialStore: Sendable {
    /// The secret saved under `key`, if any.
    /// - throws: ``StoreError``.
    func secret(for key: String) async throws(StoreError) -> String?
    /// Saves `secret` under `key`, replacing any; `nil` removes it.
    /// - throws: ``StoreError``.
    func setSecret(_ secret: String?, for key: String) async throws(StoreError)
}

/// Secrets kept in memory only, for in-memory libraries, tests and previews.
///
/// For example:
///
/// ```swift
/// let library = try ReaderLibrary(path: cachePath, transport: transport, credentials: InMemoryCredentialStore())
/// ```
public actor InMemoryCredentialStore: CredentialStore {
    private var secrets: [String: String] = [:]

    /// Creates an empty store.
    public init() {}

    /// The secret saved under `key`, if any.
    public func secret(for key: String) -> String? { secrets[key] }

    /// Saves `secret` under `key`, replacing any; `nil` removes it.
    public func setSecret(_ secret: String?, for key: String) { secrets[key] = secret }
}
