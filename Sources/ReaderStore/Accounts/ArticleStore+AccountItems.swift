package import Foundation
package import ReaderModels
import GRDB

// MARK: - An account's items and state

extension ArticleStore {
    /// Stores a page of the account's items, with the read and starred
    /// flags the server gives them (`states`, by article id; a flag with a
    /// local change still pending is left alone) and the account's
    /// bookkeeping, in one transaction, so a sync stopped anywhere resumes
    /// from the last page stored.
    /// - returns: what the page changed among the articles.
    /// - throws: ``StoreError``.
    @discardableResult
    package func applyAccountItems(
        _ batch: ArticleBatch, states: [ArticleID: AccountItemState], to account: Account, progress: AccountUpdate,
        now: Date = Date()
    ) async throws(StoreError) -> ApplyResult {
        try await groupedWrite("storing an account's items") { db in
            let writer = ArticleRowWriter(db: db)
            let result = try writer.upsert(batch.articles, undatedIDs: batch.undatedIDs)
            let stateWriter = ServerStateWriter(db: db, now: now)
            var merge = AccountStateMerge()
            for article in batch.articles {
                guard let state = states[article.id] else { continue }
                try stateWriter.write(
                    state, articleID: article.id, sourceID: article.sourceID, remoteID: article.remoteID, into: &merge)
            }
            try Self.save(progress, forAccount: account.id, in: db)
            return result
        }
    }

    /// The server item ids (``Article/remoteID``) of every article cached for the account.
    /// - throws: ``StoreError``.
    package func cachedItemIDs(of account: Account) async throws(StoreError) -> Set<String> {
        try await read("listing an account's items") { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: "SELECT a.remote_id FROM article a JOIN source s ON s.id = a.source_id WHERE s.account_id = ?",
                    arguments: [account.id]))
        }
    }

    /// Takes the server's state of every article cached for the account: an
    /// article is unread when `unread` names its item id and starred
    /// (bookmarked) when `starred` does, except for a flag whose local change
    /// is still waiting to be sent. One transaction.
    /// - throws: ``StoreError``.
    package func applyAccountState(unread: Set<String>, starred: Set<String>, of account: Account, now: Date = Date())
        async throws(StoreError) -> AccountStateMerge
    {
        try await write("merging an account's state") { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.source_id, a.remote_id, coalesce(st.read, 0) AS read,
                        coalesce(st.bookmarked, 0) AS bookmarked
                    FROM article a JOIN source s ON s.id = a.source_id
                    LEFT JOIN article_state st ON st.article_id = a.id
                    WHERE s.account_id = ?
                    """,
                arguments: [account.id])
            let writer = ServerStateWriter(db: db, now: now)
            var merge = AccountStateMerge()
            for row in rows {
                let remoteID: String = row["remote_id"]
                try writer.write(
                    AccountItemState(isRead: !unread.contains(remoteID), isStarred: starred.contains(remoteID)),
                    articleID: ArticleID(rawValue: row["id"]), sourceID: row["source_id"], remoteID: remoteID,
                    current: AccountItemState(isRead: row["read"], isStarred: row["bookmarked"]), into: &merge)
            }
            return merge
        }
    }
}
