import Foundation
import Hummingbird

/// The Google Reader API over the server's articles, under
/// `/api/greader.php/` (FreshRSS's mount point), with FreshRSS's traps:
/// `text/html` labels on JSON answers, fullwidth escapes in titles, decimal
/// and long-form item ids, continuations only after a full page, and action
/// tokens that can go stale (``GReaderSettings/tokenUses``).
///
/// - `accounts/ClientLogin`; behind `Authorization: GoogleLogin auth=…`:
/// - `reader/api/0/token`, `user-info`, `subscription/list`, `tag/list`;
/// - `stream/contents/<stream>`, `stream/items/ids`, `POST stream/items/contents`;
/// - `POST edit-tag`, `mark-all-as-read`, `subscription/quickadd`, `subscription/edit`.
struct GReaderRoutes: Sendable {
    let store: ServerStore
    let credentials: GReaderCredentials
    /// The server's time.
    let now: @Sendable () -> Date

    /// The most bytes a form body may have: 10,000 long-form ids fit.
    static let maxFormBytes = 1 << 20
    /// The default and the largest `n` of `stream/contents` and `stream/items/contents`.
    static let contentsLimits = (standard: 20, max: 1000)
    /// The default and the largest `n` of `stream/items/ids`.
    static let idsLimits = (standard: 20, max: 10_000)

    /// Adds the routes under `group` (`/api/greader.php`).
    func register(on group: RouterGroup<BasicRequestContext>) {
        group.post("accounts/ClientLogin", use: login)
        group.get("accounts/ClientLogin", use: login)
        let api = group.group("reader/api/0").add(middleware: GoogleLoginMiddleware(credentials: credentials))
        api.get("token", use: token)
        api.post("token", use: token)
        api.get("user-info", use: userInfo)
        api.get("subscription/list", use: subscriptionList)
        api.get("tag/list", use: tagList)
        api.get("stream/contents/**", use: streamContents)
        api.get("stream/items/ids", use: itemIDs)
        api.post("stream/items/contents", use: itemContents)
        api.get("stream/items/contents", use: refuseGet)
        api.post("edit-tag", use: editTag)
        api.post("mark-all-as-read", use: markAllAsRead)
        api.post("subscription/quickadd", use: quickAdd)
        api.post("subscription/edit", use: editSubscription)
    }

    /// `accounts/ClientLogin` with `Email` and `Passwd`: `SID`, `LSID` and `Auth` lines.
    @Sendable func login(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(of: request)
        let user = form["Email"] ?? ""
        guard GReaderSettings.isAlphanumeric(user), !user.isEmpty else {
            throw GReaderError.badRequest("Email must be a user name of letters and digits")
        }
        guard credentials.accepts(user: user, password: form["Passwd"] ?? "") else { throw GReaderError.unauthorized }
        let auth = credentials.authToken
        return GReaderWire.text("SID=\(auth)\nLSID=null\nAuth=\(auth)\n", contentType: "text/plain; charset=UTF-8")
    }

    /// `token`: the action token and a newline, labelled `text/html`.
    @Sendable func token(_ request: Request, context: BasicRequestContext) -> Response {
        GReaderWire.text(credentials.actionToken + "\n", contentType: GReaderWire.htmlType)
    }

    /// `user-info`, labelled `text/html`.
    @Sendable func userInfo(_ request: Request, context: BasicRequestContext) throws -> Response {
        let user = credentials.settings.user
        return try GReaderWire.response(
            GReaderWire.UserInfo(userId: "1", userName: user, userProfileId: "1", userEmail: ""),
            contentType: GReaderWire.htmlType, for: request)
    }

    /// `subscription/list?output=json`: the subscriptions with their folders.
    @Sendable func subscriptionList(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try Self.requireJSON(GReaderForm(request.uri.query))
        let feeds = try await store.greaderFeeds()
        return try GReaderWire.response(
            GReaderWire.SubscriptionList(subscriptions: feeds.map(GReaderWire.Subscription.init)),
            contentType: GReaderWire.jsonType, for: request)
    }

    /// `tag/list?output=json`: starred, the folders and the item labels.
    @Sendable func tagList(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try Self.requireJSON(GReaderForm(request.uri.query))
        let folders = Set(try await store.greaderFeeds().compactMap(\.folder))
        let labels = Set(try await store.greaderItemLabels()).subtracting(folders)
        let tags =
            [GReaderWire.Tag(id: GReaderStream.starredID, type: nil)]
            + folders.sorted().map { GReaderWire.Tag(id: GReaderStream.label($0).id, type: "folder") }
            + labels.sorted().map { GReaderWire.Tag(id: GReaderStream.label($0).id, type: "tag") }
        return try GReaderWire.response(GReaderWire.TagList(tags: tags), contentType: GReaderWire.jsonType, for: request)
    }

    /// 400: a route that only takes POST.
    @Sendable func refuseGet(_ request: Request, context: BasicRequestContext) throws -> Response {
        throw GReaderError.badRequest("POST required")
    }

    // MARK: - Request fields

    /// The query fields, then (for a POST) the form body's.
    static func form(of request: Request) async throws -> GReaderForm {
        let query = GReaderForm(request.uri.query)
        guard request.method == .post else { return query }
        let body = try await request.body.collect(upTo: maxFormBytes)
        return query.merged(with: GReaderForm(String(buffer: body)))
    }

    /// 501 unless `output=json`.
    static func requireJSON(_ form: GReaderForm) throws(GReaderError) {
        guard form["output"] == "json" else { throw GReaderError.notImplemented }
    }

    /// Spends the action token `T` of a write; 401 when it is wrong or stale.
    func spendToken(of form: GReaderForm) throws(GReaderError) {
        guard credentials.spend(form["T"]) else { throw GReaderError.unauthorized }
    }
}
