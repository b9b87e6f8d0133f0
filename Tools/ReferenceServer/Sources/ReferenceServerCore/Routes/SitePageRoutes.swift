import Foundation
import Hummingbird

/// Web pages for feed discovery, served beside `/feeds`:
///
/// - `GET /`: a home page whose head declares every feed of the feed
///   directory with `<link rel="alternate">` and a relative `href`
///   (`feeds/rss/seeds.xml`), in path order;
/// - `GET /about`: a page that declares none;
/// - `GET /feed`: as on many blogs, a redirect (302) to the first of those
///   feeds, or 404 when the directory has none.
struct SitePageRoutes: Sendable {
    /// The feed directory, as `/feeds` serves it.
    let directory: String

    /// Adds the routes to `router`.
    func register(on router: Router<BasicRequestContext>) {
        router.get("/", use: home)
        router.get("about", use: about)
        router.get("feed", use: feed)
    }

    @Sendable func home(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let links = try await feedFiles().map { file in
            #"<link rel="alternate" type="\#(file.type)" title="\#(file.path)" href="feeds/\#(file.path)">"#
        }
        return Self.page(head: links, body: "<p>The feeds of this server are declared in this page's head.</p>")
    }

    @Sendable func about(_ request: Request, context: BasicRequestContext) async throws -> Response {
        Self.page(
            head: [#"<link rel="stylesheet" href="/style.css">"#, #"<link rel="alternate" hreflang="fr" href="/fr/about">"#],
            body: #"<p>This page declares no feed; <a href="/feed">/feed</a> serves one.</p>"#)
    }

    @Sendable func feed(_ request: Request, context: BasicRequestContext) async throws -> Response {
        guard let first = try await feedFiles().first else { throw APIError.notFound("no feed file to redirect /feed to") }
        return Response(status: .found, headers: [.location: "/feeds/" + first.path])
    }

    /// A feed file of the directory: its path below it, and its media type.
    struct FeedFileEntry {
        let path: String
        let type: String
    }

    /// The directory's files served as RSS, Atom or JSON Feed, by path, hidden ones left out.
    private func feedFiles() async throws -> [FeedFileEntry] {
        let paths = (FileManager.default.subpaths(atPath: directory) ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } && !$0.hasSuffix(".content-type") }
            .sorted()
        var entries: [FeedFileEntry] = []
        for path in paths {
            guard let file = try await FeedFile.load(path: directory + "/" + path) else { continue }
            let type = file.contentType.split(separator: ";").first.map(String.init) ?? ""
            if Self.feedTypes.contains(type) { entries.append(FeedFileEntry(path: path, type: type)) }
        }
        return entries
    }

    private static let feedTypes: Set<String> = ["application/rss+xml", "application/atom+xml", "application/feed+json"]

    private static func page(head: [String], body: String) -> Response {
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Reader reference server</title>
            \(head.joined(separator: "\n"))
            </head><body>\(body)</body></html>
            """
        return Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
