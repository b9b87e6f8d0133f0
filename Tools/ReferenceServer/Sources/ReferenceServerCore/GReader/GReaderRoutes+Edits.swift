import Foundation
import Hummingbird

extension GReaderRoutes {
    /// `POST edit-tag` with `T`, `i=` ids and `a=`/`r=` tags: `OK`, labelled `text/html`.
    @Sendable func editTag(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(of: request)
        try spendToken(of: form)
        let ids = form.values("i")
        guard !ids.isEmpty else { throw GReaderError.badRequest("i (an item id) is required") }
        try await store.editGReaderTags(
            of: ids.compactMap(GReaderItemID.parse), add: form.values("a").compactMap(GReaderTag.init),
            remove: form.values("r").compactMap(GReaderTag.init))
        return GReaderWire.text("OK", contentType: GReaderWire.htmlType)
    }

    /// `POST mark-all-as-read` with `T`, `s` and `ts` (microseconds or seconds; now when absent).
    @Sendable func markAllAsRead(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(of: request)
        try spendToken(of: form)
        guard let streamID = form["s"], let stream = GReaderStream(streamID) else {
            throw GReaderError.badRequest("s (a stream id) is required")
        }
        var crawledBy = Int64.max
        if let text = form["ts"] {
            guard let ts = Int64(text) else { throw GReaderError.badRequest("ts must be a number") }
            crawledBy = ts >= Self.microsecondThreshold ? ts / 1_000_000 : ts
        }
        try await store.markGReaderRead(stream: stream, crawledBy: crawledBy)
        return GReaderWire.text("OK", contentType: GReaderWire.htmlType)
    }

    /// `POST subscription/quickadd` with `T` and `quickadd=URL`: a new
    /// subscription (without items; nothing is fetched), labelled `text/html`.
    /// A URL that is not http(s) answers 200 with `numResults: 0` and an `error`.
    @Sendable func quickAdd(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(of: request)
        try spendToken(of: form)
        var url = form["quickadd"] ?? ""
        if url.hasPrefix("feed/") { url.removeFirst(5) }
        guard let site = Self.site(of: url) else {
            return try GReaderWire.response(
                GReaderWire.QuickAdd(numResults: 0, error: "not an http(s) URL: \(url)"),
                contentType: GReaderWire.htmlType, for: request)
        }
        let feed = try await store.addGReaderFeed(url: url, title: site.host, htmlURL: site.home, folder: nil)
        return try GReaderWire.response(
            GReaderWire.QuickAdd(
                numResults: 1, query: url, streamId: GReaderStream.feed(feed.number).id,
                streamName: GReaderText.feedTitle(feed.title)),
            contentType: GReaderWire.htmlType, for: request)
    }

    /// `POST subscription/edit` with `T`, `ac=subscribe|unsubscribe|edit`,
    /// `s=feed/N` (or `feed/URL` to subscribe), `t=` title, `a=`/`r=` folder: `OK`.
    @Sendable func editSubscription(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let form = try await Self.form(of: request)
        try spendToken(of: form)
        let addFolder = Self.folder(form["a"])
        let removeFolder = Self.folder(form["r"])
        let title = form["t"].flatMap { $0.isEmpty ? nil : $0 }
        let streamID = form["s"] ?? ""
        switch (form["ac"], GReaderStream(streamID)) {
        case ("subscribe", .feed(let number)), ("edit", .feed(let number)):
            guard
                try await store.editGReaderFeed(
                    number: number, title: title, addFolder: addFolder, removeFolder: removeFolder)
            else { throw GReaderError.badRequest("no subscription \(streamID)") }
        case ("subscribe", _):
            let url = String(streamID.dropFirst(streamID.hasPrefix("feed/") ? 5 : 0))
            guard let site = Self.site(of: url) else { throw GReaderError.badRequest("not an http(s) URL: \(url)") }
            _ = try await store.addGReaderFeed(url: url, title: title ?? site.host, htmlURL: site.home, folder: addFolder)
        case ("unsubscribe", .feed(let number)):
            _ = try await store.removeGReaderFeed(number: number)
        default:
            throw GReaderError.badRequest("ac must be subscribe, unsubscribe or edit, with s=feed/N")
        }
        return GReaderWire.text("OK", contentType: "text/plain; charset=UTF-8")
    }

    /// A `ts` at least this large is in microseconds (FreshRSS reads both).
    static let microsecondThreshold: Int64 = 100_000_000_000

    /// The host and home page of an http(s) `url`; `nil` for any other.
    private static func site(of url: String) -> (host: String, home: String)? {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        return (host, "\(scheme)://\(host)/")
    }

    /// The folder name of `user/-/label/F`.
    private static func folder(_ id: String?) -> String? {
        guard let id, case .label(let name) = GReaderStream(id) else { return nil }
        return name
    }
}
