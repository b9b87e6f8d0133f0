import Foundation
import ReaderHTTP
import ReaderModels

/// The client side of the Google Reader API, as FreshRSS, Miniflux,
/// Inoreader, The Old Reader and BazQux serve it, for one logged-in account.
///
/// Each call is one request (or, for ``allItemIDs(stream:excluding:count:newerThan:report:)``,
/// one list of pages), sent through ``runner``: its retry policy, deadlines
/// and time limits apply, and it counts requests and bytes into the
/// caller's `report`. Answers are read by route, never by `Content-Type`.
///
/// Errors:
/// - a 401 is ``SyncError/loginRequired(account:)`` (except on `edit-tag`,
///   where it may mean a stale action token: ``editTag(_:add:remove:actionToken:report:)``);
/// - an answer that is not what its route promises, after retries, is
///   ``SyncError/unexpectedAnswer(account:route:detail:)`` naming the route;
/// - no error shows the login token.
///
/// For example:
/// ```swift
/// let auth = try await GReaderClient.logIn(endpoint: url, user: "alice", password: password, runner: runner, report: &report)
/// let client = GReaderClient(endpoint: url, accountName: "home", authToken: auth, runner: runner)
/// let unread = try await client.allItemIDs(stream: GReaderTag.readingList, excluding: GReaderTag.read, report: &report)
/// ```
///
/// ## Topics
/// - ``logIn(endpoint:user:password:runner:report:)``
/// - ``subscriptions(report:)``
/// - ``streamContents(stream:count:continuation:newerThan:report:)``
/// - ``itemIDs(stream:excluding:count:newerThan:continuation:report:)``
/// - ``allItemIDs(stream:excluding:count:newerThan:report:)``
/// - ``items(_:report:)``
/// - ``actionToken(report:)``
/// - ``editTag(_:add:remove:actionToken:report:)``
/// - ``editTagRefetchingToken(_:add:remove:actionToken:report:)``
/// - ``quickAdd(url:actionToken:report:)``
/// - ``editSubscription(action:stream:title:addFolder:removeFolder:actionToken:report:)``
struct GReaderClient: Sendable {
    /// The API endpoint the user gave, such as `https://rss.example/api/greader.php`.
    let endpoint: String
    /// The account's name, as errors name it.
    let accountName: String
    /// The login token (`Auth` of ``logIn(endpoint:user:password:runner:report:)``).
    let authToken: String
    /// What sends the requests; made with no bearer `token`.
    let runner: RequestRunner

    /// A client of the account `accountName` at `endpoint`, logged in with `authToken`.
    init(endpoint: String, accountName: String, authToken: String, runner: RequestRunner) {
        precondition(runner.token == nil, "the Google Reader API takes GoogleLogin, not a bearer token")
        self.endpoint = endpoint
        self.accountName = accountName
        self.authToken = authToken
        self.runner = runner
    }

    /// The `Content-Type` of the form bodies the API takes.
    static let formContentType = "application/x-www-form-urlencoded"

    /// What sends this account's requests.
    var exchange: GReaderExchange {
        GReaderExchange(runner: runner, account: accountName, secrets: [authToken])
    }

    /// A request to `route` with `query`, carrying the login token; a POST
    /// of `form` when one is given.
    func request(
        _ route: GReaderRoute, query: [(name: String, value: String)] = [], form: [(name: String, value: String)]? = nil
    ) -> HTTPRequest {
        var headers = ["Authorization": "GoogleLogin auth=\(authToken)"]
        guard let form else { return HTTPRequest(url: route.url(endpoint: endpoint, query: query), headers: headers) }
        headers["Content-Type"] = Self.formContentType
        return HTTPRequest(
            url: route.url(endpoint: endpoint, query: query), method: .post, headers: headers,
            body: Data(GReaderFormEncoding.encoded(form).utf8))
    }
}
