import Foundation
import ReaderFeeds
import ReaderHTTP
import ReaderModels

/// Finds the sources a URL offers (``DiscoveredFeed``): the URL itself when
/// it serves a feed or a Sync API discovery document; for a web page, the
/// feeds its head declares; for a page that declares none, the usual feed
/// paths of its site (``fallbackPaths``) that answer with a feed.
struct FeedDiscovery {
    /// The paths tried, at the site's root and then beside the page, when a
    /// page declares no feed.
    static let fallbackPaths = ["feed", "rss.xml", "atom.xml", "index.xml", "feed.json"]

    let runner: RequestRunner

    /// The sources `url` offers, first the one to subscribe to.
    /// - throws: ``SyncError``: the URL's own failure (transport, HTTP
    ///   status, an unreadable feed), or ``SyncError/noFeedFound(source:tried:)``.
    func discover(at url: String) async throws(SyncError) -> [DiscoveredFeed] {
        var report = SyncReport(sourceURL: url, kind: .feed)
        let request = HTTPRequest(url: url, headers: ["Accept": SyncSession.discoveryAccept])
        let answer = try await runner.send(request, report: &report)
        if let discovery = SyncSession.syncDiscovery(in: answer) {
            return [DiscoveredFeed(url: url, title: discovery.title, kind: .syncEndpoint, format: nil)]
        }
        if FeedLinks.isHTMLPage(answer.body) { return try await feeds(onPage: answer, requestedAs: url) }
        do {
            return [try Self.feed(in: answer, url: url)]
        } catch {
            throw .feed(source: url, error)
        }
    }

    /// The feeds an HTML page declares, else those of the fallback paths.
    /// - parameter url: the URL the page was asked for (errors name it).
    /// - throws: ``SyncError/noFeedFound(source:tried:)``.
    func feeds(onPage page: HTTPResponse, requestedAs url: String) async throws(SyncError) -> [DiscoveredFeed] {
        let html = String(decoding: page.body, as: UTF8.self)
        let declared = FeedLinks.declared(inPage: html, pageURL: page.url)
        if !declared.isEmpty {
            return declared.map { DiscoveredFeed(url: $0.url, title: $0.title, kind: .feed, format: $0.format) }
        }
        var found: [DiscoveredFeed] = []
        for candidate in Self.fallbackURLs(forPage: page.url) {
            if Task.isCancelled { throw .cancelled }
            let request = HTTPRequest(url: candidate, headers: ["Accept": SyncSession.discoveryAccept])
            guard let answer = try? await runner.transport.send(request),
                (200..<300).contains(answer.status), let feed = try? Self.feed(in: answer, url: candidate)
            else { continue }
            found.append(feed)
        }
        guard !found.isEmpty else { throw .noFeedFound(source: url, tried: Self.fallbackPaths.map { "/" + $0 }) }
        return found
    }

    /// The fallback URLs for a page: each path at the origin's root, then in
    /// the page's directory when that is not the root, each URL once.
    static func fallbackURLs(forPage pageURL: String) -> [String] {
        guard let page = URL(string: pageURL), let root = URL(string: "/", relativeTo: page),
            let directory = URL(string: ".", relativeTo: page)
        else { return [] }
        var urls: [String] = []
        for base in [root, directory] {
            for path in fallbackPaths {
                guard let url = URL(string: path, relativeTo: base)?.absoluteString, !urls.contains(url) else { continue }
                urls.append(url)
            }
        }
        return urls
    }

    /// The feed `answer` carries, as a discovered source at `url`.
    private static func feed(in answer: HTTPResponse, url: String) throws(FeedParseError) -> DiscoveredFeed {
        let feed = try FeedParser.parse(answer.body, contentType: answer.header("Content-Type"))
        return DiscoveredFeed(url: url, title: feed.title, kind: .feed, format: feed.format)
    }
}
