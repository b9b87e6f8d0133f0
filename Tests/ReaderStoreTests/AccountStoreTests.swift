import Foundation
import ReaderModels
@_spi(ReaderInternals) import ReaderStore
import Testing

@Suite("Accounts in the store")
struct AccountStoreTests {
    /// A store with one account and two subscriptions, `feed/1` in a folder.
    private static func storeWithAccount() async throws -> (ArticleStore, Account, [Source]) {
        let store = try StoreFactory.make("disk")
        let account = try await store.addAccount(url: "http://127.0.0.1:1/api/greader.php", user: "alice", name: "home")
        let sources = try await store.saveSubscriptions(
            [
                AccountSubscription(streamID: "feed/1", title: "One", feedURL: "https://one.example/rss", folder: "News"),
                AccountSubscription(streamID: "feed/2", title: "Two", feedURL: "https://two.example/rss"),
            ], of: account, complete: true)
        return (store, account, sources)
    }

    private static func item(_ number: Int, of account: Account, in source: Source) -> Article {
        let remoteID = String(1_700_000_000_000_000 + number)
        return Article(
            id: ArticleID(sourceURL: account.articleIDBase, remoteID: remoteID), sourceID: source.id, remoteID: remoteID,
            url: "https://one.example/\(number)", title: "Item \(number)", published: StoreFactory.day,
            updated: StoreFactory.day)
    }

    @Test("Subscriptions are the account's sources; an unlisted one goes with its articles")
    func subscriptionsReplace() async throws {
        let (store, account, sources) = try await Self.storeWithAccount()
        #expect(sources.map(\.streamID) == ["feed/1", "feed/2"])
        #expect(sources.allSatisfy { $0.kind == .accountFeed && $0.accountID == account.id })
        #expect(sources[0].folder == "News" && sources[0].feedURL == "https://one.example/rss")
        let article = Self.item(1, of: account, in: sources[1])
        try await store.applyAccountItems(
            ArticleBatch(articles: [article]), states: [:], to: account, progress: AccountUpdate())
        let after = try await store.saveSubscriptions(
            [AccountSubscription(streamID: "feed/1", title: "One renamed")], of: account, complete: true)
        #expect(after.map(\.title) == ["One renamed"])
        #expect(after[0].feedURL == "https://one.example/rss")  // kept when the list leaves it out
        #expect(try await store.article(id: article.id) == nil)
    }

    @Test("The server's state applies unless a local change is pending, in both directions")
    func pendingLocalChangeWins() async throws {
        let (store, account, sources) = try await Self.storeWithAccount()
        let read = Self.item(1, of: account, in: sources[0])
        let unread = Self.item(2, of: account, in: sources[0])
        try await store.applyAccountItems(
            ArticleBatch(articles: [read, unread]),
            states: [read.id: AccountItemState(isRead: true, isStarred: false), unread.id: AccountItemState(isRead: false, isStarred: true)],
            to: account, progress: AccountUpdate())
        #expect(try await store.state(of: read.id).isRead)
        #expect(try await store.state(of: unread.id).isBookmarked)
        // Local: mark the read one unread, unstar the starred one.
        try await store.setFlag(.read, to: false, for: [read.id])
        try await store.setFlag(.bookmarked, to: false, for: [unread.id])
        let pending = try await store.pendingChanges(of: account)
        #expect(Set(pending.map(\.remoteID)) == [read.remoteID, unread.remoteID])
        // The server still has the old state: the pending changes win.
        let kept = try await store.applyAccountState(unread: [unread.remoteID], starred: [unread.remoteID], of: account)
        #expect(kept == AccountStateMerge(changed: 0, keptPending: 2))
        #expect(try await store.state(of: read.id).isRead == false)
        #expect(try await store.state(of: unread.id).isBookmarked == false)
        // Once acknowledged, the server's state is the truth again.
        try await store.acknowledge(pending, of: account)
        #expect(try await store.pendingChanges(of: account).isEmpty)
        let taken = try await store.applyAccountState(unread: [], starred: [read.remoteID], of: account)
        #expect(taken.changed == 3)
        let readState = try await store.state(of: read.id)
        #expect(readState.isRead && readState.isBookmarked)
        #expect(try await store.state(of: unread.id).isRead)
    }

    @Test("Window bookkeeping: the floor only falls, the fetch time only rises, the continuation clears")
    func windowBookkeeping() async throws {
        let (store, account, _) = try await Self.storeWithAccount()
        let late = Date(timeIntervalSince1970: 1_800_000_000)
        try await store.updateAccount(
            account.id,
            with: AccountUpdate(windowContinuation: "c1", windowFetchedAdded: 250, windowFloorCandidate: 50, fetchedSince: late))
        try await store.updateAccount(
            account.id,
            with: AccountUpdate(
                windowContinuation: "", windowFetchedAdded: 100, windowDone: true, windowFloorCandidate: 70,
                fetchedSince: late.addingTimeInterval(-60)))
        let position = try await store.syncPosition(of: account)
        #expect(position.windowContinuation == nil)
        #expect(position.windowFetched == 350)
        #expect(position.windowDone)
        #expect(position.windowFloor == 50)
        #expect(position.fetchedSince == late)
    }

    @Test("Removing an account removes its subscriptions and articles, not other sources")
    func removeAccount() async throws {
        let (store, account, sources) = try await Self.storeWithAccount()
        let other = try await store.addSource(url: "https://news.example/feed.xml")
        try await store.applyAccountItems(
            ArticleBatch(articles: [Self.item(1, of: account, in: sources[0])]), states: [:], to: account,
            progress: AccountUpdate())
        #expect(try await store.removeAccount(account.id))
        #expect(try await store.sources() == [other])
        #expect(try await store.accounts().isEmpty)
        #expect(try await store.articles(ArticleQuery()).isEmpty)
    }

    @Test("A name belongs to one account; adding the same login again returns it")
    func names() async throws {
        let (store, account, _) = try await Self.storeWithAccount()
        let again = try await store.addAccount(url: account.url, user: "alice", name: "renamed")
        #expect(again.id == account.id && again.name == "renamed")
        await #expect(throws: StoreError.accountNameTaken("renamed")) {
            try await store.addAccount(url: account.url, user: "bob", name: "renamed")
        }
    }

    @Test("The credentials file is created with mode 0600 and keeps each secret")
    func credentialFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let credentials = FileCredentialStore(path: path)
        try await credentials.setSecret("alice/token", for: "a")
        try await credentials.setSecret("bob/token", for: "b")
        try await credentials.setSecret(nil, for: "a")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try await credentials.secret(for: "a") == nil)
        #expect(try await FileCredentialStore(path: path).secret(for: "b") == "bob/token")
    }
}
