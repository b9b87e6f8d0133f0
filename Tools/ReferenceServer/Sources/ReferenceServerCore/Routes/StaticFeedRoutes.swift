import Foundation
import Hummingbird

/// `GET /feeds/<path>`: the files of the feed directory, with a strong
/// `ETag` (a hash of the content), `Last-Modified` (the file's mtime), 304 on
/// a matching `If-None-Match` or `If-Modified-Since`, and gzip when accepted.
struct StaticFeedRoutes: Sendable {
    /// The directory served.
    let directory: String

    /// Adds the routes under `group` (`/feeds`).
    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("**", use: serve)
        group.get(use: serve)
    }

    @Sendable func serve(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let components = context.parameters.getCatchAll().map { String($0).removingPercentEncoding ?? String($0) }
        let shown = components.joined(separator: "/")
        guard !components.isEmpty, components.allSatisfy(Self.isSafeComponent),
            let file = try await FeedFile.load(path: directory + "/" + shown)
        else { throw APIError.notFound("no feed file at /feeds/\(shown)") }
        return try Representation(
            body: file.bytes, contentType: file.contentType, entityTag: EntityTag(hashingBytes: file.bytes.readableBytesView),
            lastModified: file.modified
        ).response(to: request)
    }

    /// A path component that stays inside the directory: not empty, not
    /// hidden (which also rules out `.` and `..`), no separator.
    private static func isSafeComponent(_ component: String) -> Bool {
        !component.isEmpty && !component.hasPrefix(".") && !component.contains("/") && !component.contains("\0")
    }
}
