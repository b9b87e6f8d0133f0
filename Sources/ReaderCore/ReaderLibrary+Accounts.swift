public import Foundation

/// What adding an account did.
///
/// For example:
///
/// ```swift
/// let added = try await library.addAccount(url: "https://rss.example/api/greader.php", user: "alice", password: apiPassword)
/// print("\(added.account.name): \(added.subscriptions.count) subscriptions")
/// ```
public struct AccountAddition: Sendable, Equatable {
    /// The saved account.
    public var account: Account
    /// Its subscriptions, as its server lists them.
    public var subscriptions: [Source]

    /// Creates a result.
    public init(account: Account, subscriptions: [Source]) {
        self.account = account
        self.subscriptions = subscriptions
    }
}

/// What a sync of every account did with one account.
///
/// For example:
///
/// ```swift
/// for outcome in try await library.syncAccounts() {
///     switch outcome.result {
///     case .success(let report): print(outcome.account.name, "\(report.articles.new) new")
///     case .failure(let error): print(error)
///     }
/// }
/// ```
public struct AccountSyncOutcome: Sendable, Equatable {
    /// The account, as it was when the sync began.
    public var account: Account
    /// It synced (with its report), or failed.
    public var result: Result<SyncReport, SyncError>

    /// Creates an outcome.
    public init(account: Account, result: Result<SyncReport, SyncError>) {
        self.account = account
        self.result = result
    }
}

extension ReaderLibrary {
    /// Logs in to a Google Reader API server (FreshRSS, Miniflux, Inoreader,
    /// The Old Reader, BazQux) and saves the account with its subscriptions
    /// (titles, folders and URLs) as its sources. The login token is kept in
    /// ``credentials``; the password is sent once and kept nowhere.
    ///
    /// For example:
    ///
    /// ```swift
    /// let added = try await library.addAccount(url: "https://rss.example/api/greader.php", user: "alice", password: apiPassword)
    /// let report = try await library.sync(added.account)
    /// ```
    /// - parameter kind: the API the server speaks.
    /// - parameter url: the API endpoint, such as `https://rss.example/api/greader.php`.
    /// - parameter user: the user name on the server.
    /// - parameter password: the user's password for the API (some servers
    ///   set one apart from the web password).
    /// - parameter name: what the user calls it; by default `user@host`.
    /// - parameter windowLimit: the first sync fetches at most this many of the newest items.
    /// - parameter since: the first sync fetches no item the server fetched before this.
    /// - throws: `SyncError`: `SyncError.loginRefused(account:)` for a
    ///   wrong user or password; nothing is saved then.
    public func addAccount(
        _ kind: AccountKind = .googleReader, url: String, user: String, password: String, name: String? = nil,
        windowLimit: Int = 1000, since: Date? = nil
    ) async throws(SyncError) -> AccountAddition {
        let url = SourceURL.normalized(url)
        let name = name ?? Self.defaultName(user: user, url: url)
        let token = try await engine.logIn(endpoint: url, user: user, password: password, name: name)
        let account: Account
        do {
            account = try await store.addAccount(
                kind: kind, url: url, user: user, name: name,
                windowLimit: windowLimit, windowSince: since)
            try await credentials.setSecret(token, for: SyncEngine.credentialKey(of: account))
        } catch {
            throw .store(error)
        }
        let subscriptions = try await engine.readSubscriptions(of: account, credentials: credentials)
        return AccountAddition(account: account, subscriptions: subscriptions)
    }

    /// Logs in to the account again (after `SyncError.loginRequired(account:)`)
    /// and keeps the new token.
    /// - throws: `SyncError`: `SyncError.loginRefused(account:)` for a wrong password.
    public func logIn(account: Account, password: String) async throws(SyncError) {
        let token = try await engine.logIn(endpoint: account.url, user: account.user, password: password, name: account.name)
        do {
            try await credentials.setSecret(token, for: SyncEngine.credentialKey(of: account))
        } catch {
            throw .store(error)
        }
    }

    /// Removes the account, its subscriptions and their articles from this
    /// device, and forgets its token; the server keeps them.
    /// - throws: `StoreError`.
    public func removeAccount(_ account: Account) async throws(StoreError) {
        try await store.removeAccount(account.id)
        try await credentials.setSecret(nil, for: SyncEngine.credentialKey(of: account))
    }

    /// Syncs one account: its marks out, new items and state in. Holds the
    /// cache's sync lock, as ``sync(_:deadline:progress:)-(Source,_,_)`` does.
    /// - throws: `SyncError`; what was stored before a failure stays.
    public func sync(
        _ account: Account, deadline: ContinuousClock.Instant? = nil, progress: SyncEngine.ProgressHandler? = nil
    ) async throws(SyncError) -> SyncReport {
        try await holdingSyncLock { () async throws(SyncError) in
            try await engine.sync(account, credentials: credentials, deadline: deadline, progress: progress)
        }
    }

    /// Syncs every saved account, one after another; one account's failure
    /// does not stop the others.
    /// - returns: one outcome per account, in the order they were added.
    /// - throws: `StoreError` if the accounts cannot be read or another
    ///   process syncs the cache.
    public func syncAccounts(deadline: ContinuousClock.Instant? = nil, progress: SyncEngine.ProgressHandler? = nil)
        async throws(StoreError) -> [AccountSyncOutcome]
    {
        try await whileSyncing(lockFailure: { $0 }) { () async throws(StoreError) in
            var outcomes: [AccountSyncOutcome] = []
            for account in try await store.accounts() {
                do throws(SyncError) {
                    let report = try await engine.sync(account, credentials: credentials, deadline: deadline, progress: progress)
                    outcomes.append(AccountSyncOutcome(account: account, result: .success(report)))
                } catch {
                    outcomes.append(AccountSyncOutcome(account: account, result: .failure(error)))
                }
            }
            return outcomes
        }
    }

    /// Subscribes the account to the feed at `url` on its server, filed in
    /// `folder` if given; its articles arrive with the account's next sync.
    /// - returns: the new subscription.
    /// - throws: `SyncError`.
    public func subscribe(account: Account, to url: String, folder: String? = nil) async throws(SyncError) -> Source {
        try await engine.subscribe(account, to: url, folder: folder, credentials: credentials)
    }

    /// Unsubscribes the account from `source` on its server and removes it
    /// here with its articles.
    /// - throws: `SyncError`.
    public func unsubscribe(account: Account, from source: Source) async throws(SyncError) {
        try await engine.unsubscribe(account, from: source, credentials: credentials)
    }

    /// `user@host` of the endpoint `url`.
    private static func defaultName(user: String, url: String) -> String {
        "\(user)@\(URL(string: url)?.host ?? url)"
    }
}
