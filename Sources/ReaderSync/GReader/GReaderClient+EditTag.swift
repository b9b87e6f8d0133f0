import Foundation
import ReaderModels

extension GReaderClient {
    /// What an `edit-tag` request came to.
    enum EditTagOutcome: Sendable, Equatable {
        /// The server answered `OK`: the change is made.
        case done
        /// The server refused the action token (401): fetch a new one and
        /// send the request again, once.
        case staleToken
    }

    /// The most ids one `edit-tag` request carries.
    static let editTagLimit = 1000

    /// A fresh action token (`GET token`), for the `T` field of writes.
    /// - throws: ``SyncError/unexpectedAnswer(account:route:detail:)`` for an
    ///   answer that is not one line of text.
    func actionToken(report: inout SyncReport) async throws(SyncError) -> String {
        let route = GReaderRoute.api("token")
        return try await exchange.perform(route, request(route), report: &report) { response throws(GReaderExchange.Unexpected) in
            let token = GReaderExchange.trimmedText(of: response)
            guard !token.isEmpty, token.count <= 1024, !token.contains(where: \.isWhitespace) else {
                throw GReaderExchange.Unexpected(detail: "not an action token")
            }
            return token
        }
    }

    /// Adds the tag `add` to the items `ids`, or removes `remove`, or both
    /// (`POST edit-tag`): such as ``GReaderTag/read`` or ``GReaderTag/starred``.
    ///
    /// - precondition: `ids` holds at most ``editTagLimit`` ids, and `add`
    ///   or `remove` is given. No request is made for no ids.
    /// - returns: ``EditTagOutcome/staleToken`` when the server refused
    ///   `actionToken`; the caller fetches a new one and retries once
    ///   (``editTagRefetchingToken(_:add:remove:actionToken:report:)`` does).
    /// - throws: ``SyncError/unexpectedAnswer(account:route:detail:)`` for a
    ///   2xx whose body is not `OK`.
    func editTag(
        _ ids: [GReaderItemID], add: String? = nil, remove: String? = nil, actionToken: String, report: inout SyncReport
    ) async throws(SyncError) -> EditTagOutcome {
        precondition(ids.count <= Self.editTagLimit, "edit-tag takes at most \(Self.editTagLimit) ids")
        precondition(add != nil || remove != nil, "edit-tag needs a tag to add or remove")
        guard !ids.isEmpty else { return .done }
        var form = ids.map { (name: "i", value: $0.decimal) }
        if let add { form.append(("a", add)) }
        if let remove { form.append(("r", remove)) }
        form.append(("T", actionToken))
        return try await write(.api("edit-tag"), form: form, report: &report, onStaleToken: .staleToken) { .done }
    }

    /// ``editTag(_:add:remove:actionToken:report:)``, fetching an action
    /// token first when `actionToken` is `nil`, and a new one once when the
    /// server refuses it.
    ///
    /// - returns: the action token that worked, for the next chunk.
    /// - throws: ``SyncError/loginRequired(account:)`` when the server
    ///   refuses a freshly fetched token too.
    func editTagRefetchingToken(
        _ ids: [GReaderItemID], add: String? = nil, remove: String? = nil, actionToken: String?, report: inout SyncReport
    ) async throws(SyncError) -> String {
        var refetched = actionToken == nil
        var token: String
        if let actionToken {
            token = actionToken
        } else {
            token = try await self.actionToken(report: &report)
        }
        while try await editTag(ids, add: add, remove: remove, actionToken: token, report: &report) == .staleToken {
            guard !refetched else { throw .loginRequired(account: accountName) }
            token = try await self.actionToken(report: &report)
            refetched = true
        }
        return token
    }

    /// POSTs `form` to `route`, a write whose success is the body `OK`, and
    /// returns `done()`; `onStaleToken` for a 401, when given.
    func write<Value>(
        _ route: GReaderRoute, form: [(name: String, value: String)], report: inout SyncReport,
        onStaleToken: Value? = nil, done: () -> Value
    ) async throws(SyncError) -> Value {
        try await exchange.perform(route, request(route, form: form), report: &report, onStaleToken: onStaleToken) {
            response throws(GReaderExchange.Unexpected) in
            let text = GReaderExchange.trimmedText(of: response)
            guard text == "OK" else {
                throw GReaderExchange.Unexpected(detail: text.isEmpty ? "an empty answer, not OK" : "\(text.prefix(80)), not OK")
            }
            return done()
        }
    }
}
