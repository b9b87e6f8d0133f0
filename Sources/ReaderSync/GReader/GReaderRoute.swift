/// A route of the Google Reader API below the endpoint the user gives
/// (`E`): `E/accounts/ClientLogin` or `E/reader/api/0/...`.
///
/// For example:
/// ```swift
/// GReaderRoute.api("stream/items/ids")
///     .url(endpoint: "http://rss.example/api/greader.php/", query: [("s", GReaderTag.starred)])
/// // "http://rss.example/api/greader.php/reader/api/0/stream/items/ids?s=user%2F-%2Fstate%2Fcom.google%2Fstarred"
/// ```
struct GReaderRoute: Sendable, Equatable {
    /// How errors name it, such as `stream/items/ids` or `stream/contents`.
    let name: String
    /// Its path below the endpoint, without a leading `/`.
    let path: String

    /// `accounts/ClientLogin`, where a user name and password get a login token.
    static let clientLogin = GReaderRoute(name: "accounts/ClientLogin", path: "accounts/ClientLogin")

    /// The API route `name` (`token`, `subscription/list`, `edit-tag`...):
    /// `reader/api/0/NAME`.
    static func api(_ name: String) -> GReaderRoute {
        GReaderRoute(name: name, path: "reader/api/0/" + name)
    }

    /// `stream/contents/STREAM`, the stream id percent-encoded but for its slashes.
    static func streamContents(_ stream: String) -> GReaderRoute {
        GReaderRoute(
            name: "stream/contents",
            path: "reader/api/0/stream/contents/" + GReaderFormEncoding.escaped(stream, keepingSlashes: true))
    }

    /// Its absolute URL under `endpoint` (joined by exactly one `/`), with
    /// `query` percent-encoded, in order.
    func url(endpoint: String, query: [(name: String, value: String)] = []) -> String {
        var base = Substring(endpoint)
        while base.hasSuffix("/") { base = base.dropLast() }
        let url = base + "/" + path
        return query.isEmpty ? String(url) : url + "?" + GReaderFormEncoding.encoded(query)
    }
}
