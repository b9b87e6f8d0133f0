import Foundation

/// Secrets in one JSON file that only its owner can read or write (mode
/// 0600, set when the file is created, before anything is written to it),
/// replaced atomically on every change.
///
/// For example, beside a cache:
///
/// ```swift
/// let credentials = FileCredentialStore(path: "/home/me/.local/share/reader/reader.sqlite.credentials")
/// try await credentials.setSecret("alice/3c1b…", for: "greader:alice@https://rss.example/api/greader.php")
/// ```
public actor FileCredentialStore: CredentialStore {
    /// The file's path.
    public nonisolated let path: String

    /// A store over the file at `path`, created on the first save (with its
    /// folder, mode 0700, if missing).
    public init(path: String) {
        self.path = path
    }

    /// The store of the user's configuration folder:
    /// `$XDG_CONFIG_HOME/reader/credentials.json`, else
    /// `~/.config/reader/credentials.json`.
    public static var standard: FileCredentialStore {
        let environment = ProcessInfo.processInfo.environment
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return FileCredentialStore(path: configHome + "/reader/credentials.json")
    }

    /// Every saved secret, by key.
    /// - throws: ``StoreError/database(operation:reason:)`` when the file cannot be read.
    package func allSecrets() throws(StoreError) -> [String: String] {
        try load()
    }

    /// The secret saved under `key`, if any.
    /// - throws: ``StoreError/database(operation:reason:)`` when the file cannot be read.
    public func secret(for key: String) throws(StoreError) -> String? {
        try load()[key]
    }

    /// Saves `secret` under `key`, replacing any; `nil` removes it.
    /// - throws: ``StoreError/database(operation:reason:)`` when the file cannot be written.
    public func setSecret(_ secret: String?, for key: String) throws(StoreError) {
        var secrets = try load()
        secrets[key] = secret
        try save(secrets)
    }

    private func load() throws(StoreError) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        do {
            return try JSONDecoder().decode([String: String].self, from: data)
        } catch {
            throw .database(operation: "reading the credentials file \(path)", reason: "not a credentials file")
        }
    }

    /// Writes `secrets` to a new file made with mode 0600, then renames it over the old one.
    private func save(_ secrets: [String: String]) throws(StoreError) {
        let temporary = path + ".new"
        let data: Data
        do {
            data = try JSONEncoder().encode(secrets)
        } catch {
            throw .database(operation: "writing the credentials file \(path)", reason: "cannot encode")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .database(operation: "writing the credentials file \(path)", reason: "its folder cannot be created")
            }
        }
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(errno) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0 else {
            unlink(temporary)
            throw failure(errno)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure(errno)
        }
    }

    private func failure(_ code: Int32) -> StoreError {
        .database(operation: "writing the credentials file \(path)", reason: String(cString: strerror(code)))
    }
}
