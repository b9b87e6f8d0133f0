import Foundation
public import ReaderModels
public import ReaderStore

// MARK: - Google Reader API accounts

extension SyncEngine {
    /// The key an account's login token is kept under in a ``CredentialStore``.
    public static func credentialKey(of account: Account) -> String { account.articleIDBase }

    /// The key the bearer token of the source at `url` is kept under in a
    /// ``CredentialStore``.
    public static func credentialKey(ofSource url: String) -> String { "source:" + url }

    /// Logs in to a Google Reader API endpoint with `ClientLogin` and returns
    /// the login token (`Auth`). The password is sent once and kept nowhere,
    /// nor named in any error.
    /// - parameter name: what errors call the account.
    /// - throws: ``SyncError/loginRefused(account:)`` for a wrong user or
    ///   password, or another ``SyncError``.
    public func logIn(endpoint: String, user: String, password: String, name: String) async throws(SyncError) -> String {
        var report = SyncReport(sourceURL: endpoint, kind: .accountFeed)
        let runner = RequestRunner(transport: transport, policy: policy, sourceURL: endpoint, token: nil, deadline: nil)
        do {
            return try await GReaderClient.logIn(
                endpoint: endpoint, user: user, password: password, runner: runner, report: &report)
        } catch {
            if case .loginRequired = error { throw .loginRefused(account: name) }
            throw error
        }
    }

    /// Syncs the account once: its marks out, its new items and state in
    /// (in that order). The outcome is saved with the account.
    /// - parameter credentials: where its login token is.
    /// - parameter deadline: no request starts at or after it.
    /// - throws: ``SyncError``: ``SyncError/loginRequired(account:)`` when
    ///   there is no token or the server refuses it; what was stored before
    ///   a failure stays.
    public func sync(
        _ account: Account, credentials: any CredentialStore, deadline: ContinuousClock.Instant? = nil,
        progress: ProgressHandler? = nil
    ) async throws(SyncError) -> SyncReport {
        store.beginChangeBatch()
        defer { store.endChangeBatch() }
        let started = Date()
        do throws(SyncError) {
            var report = try await withSession(of: account, credentials: credentials, deadline: deadline, progress: progress) {
                session throws(SyncError) in try await session.run()
            }
            let finished = Date()
            report.duration = finished.timeIntervalSince(started)
            do {
                try await store.updateAccount(account.id, with: AccountUpdate(syncedAt: finished))
            } catch {
                throw .store(error)
            }
            return report
        } catch {
            if !error.isStop { try? await store.updateAccount(account.id, with: AccountUpdate(error: error.description)) }
            throw error
        }
    }

    /// The account's subscriptions as its server lists them now, saved as its sources.
    /// - throws: ``SyncError``.
    public func readSubscriptions(of account: Account, credentials: any CredentialStore) async throws(SyncError) -> [Source] {
        try await withSession(of: account, credentials: credentials) { session throws(SyncError) in
            try await session.readSubscriptions()
            return try await session.stored { store throws(StoreError) in try await store.sources(of: account) }
        }
    }

    /// Subscribes the account to the feed at `url` (`quickadd`), files it in
    /// `folder` if given, and saves the server's subscription list.
    /// - returns: the new subscription.
    /// - throws: ``SyncError``; ``SyncError/unexpectedAnswer(account:route:detail:)``
    ///   when the server could not subscribe (its reason in the detail).
    public func subscribe(_ account: Account, to url: String, folder: String?, credentials: any CredentialStore)
        async throws(SyncError) -> Source
    {
        try await withSession(of: account, credentials: credentials) { session throws(SyncError) in
            try await session.subscribe(to: url, folder: folder)
        }
    }

    /// Unsubscribes the account from `source` (`subscription/edit`) and
    /// removes it here with its articles, as the server does.
    /// - throws: ``SyncError``.
    public func unsubscribe(_ account: Account, from source: Source, credentials: any CredentialStore) async throws(SyncError) {
        try await withSession(of: account, credentials: credentials) { session throws(SyncError) in
            try await session.unsubscribe(from: source)
        }
    }

    /// Runs `body` on a session of the account with its stored token.
    private func withSession<T: Sendable>(
        of account: Account, credentials: any CredentialStore, deadline: ContinuousClock.Instant? = nil,
        progress: ProgressHandler? = nil, _ body: (inout AccountSession) async throws(SyncError) -> T
    ) async throws(SyncError) -> T {
        let token: String?
        do {
            token = try await credentials.secret(for: Self.credentialKey(of: account))
        } catch {
            throw .store(error)
        }
        guard let token else { throw .loginRequired(account: account.name) }
        var session = AccountSession(engine: self, account: account, authToken: token, deadline: deadline, progress: progress)
        return try await body(&session)
    }
}
