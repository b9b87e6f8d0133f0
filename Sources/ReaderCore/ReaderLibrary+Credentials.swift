import Foundation
import ReaderStore
import ReaderSync
import Synchronization

/// Whether the secrets an older version kept elsewhere are still to be
/// moved into a library's credential store: once per library.
final class SecretsToMove: Sendable {
    /// The credentials file an earlier version kept beside the cache, if any.
    let fileBesideCache: String?
    private let pending = Mutex(true)

    init(fileBesideCache: String?) {
        self.fileBesideCache = fileBesideCache
    }

    /// Whether they have not been moved yet.
    var arePending: Bool { pending.withLock { $0 } }

    /// Records that they have been moved.
    func markMoved() { pending.withLock { $0 = false } }
}

extension ReaderLibrary {
    /// The credential store of this platform: the Keychain where there is
    /// one, else `FileCredentialStore.standard`.
    static var platformCredentialStore: any CredentialStore {
        #if canImport(Security)
            KeychainCredentialStore()
        #else
            FileCredentialStore.standard
        #endif
    }

    /// Moves secrets that older versions kept elsewhere into ``credentials``:
    /// Sync API bearer tokens stored in the cache in plain text (then erased
    /// from the file, see `ArticleStore`), and the entries of the
    /// credentials file once kept beside the cache (then removed).
    ///
    /// The first sync of a library calls it; an app may call it at launch.
    /// Once it has succeeded, later calls do nothing.
    /// - throws: `StoreError`; nothing is erased before it is saved.
    public func moveSecretsIntoCredentialStore() async throws(StoreError) {
        guard secretsToMove.arePending else { return }
        let tokens = try await store.plainTextTokens()
        for token in tokens {
            try await credentials.setSecret(token.token, for: SyncEngine.credentialKey(ofSource: token.sourceURL))
        }
        try await store.erasePlainTextTokens(of: tokens.map(\.sourceURL))
        if let path = secretsToMove.fileBesideCache, (credentials as? FileCredentialStore)?.path != path,
            FileManager.default.fileExists(atPath: path)
        {
            for (key, secret) in try await FileCredentialStore(path: path).allSecrets()
            where try await credentials.secret(for: key) == nil {
                try await credentials.setSecret(secret, for: key)
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        secretsToMove.markMoved()
    }

    /// Saves `url` as a source; a non-nil `token` goes to ``credentials``
    /// (replacing any), and the cache only records that there is one.
    func saveSource(url: String, token: String?) async throws(StoreError) -> Source {
        guard let token else { return try await store.addSource(url: url) }
        let key = SyncEngine.credentialKey(ofSource: SourceURL.normalized(url))
        try await credentials.setSecret(token, for: key)
        return try await store.addSource(url: url, hasToken: true)
    }
}
