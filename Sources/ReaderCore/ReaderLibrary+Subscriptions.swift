public import Foundation

/// What an OPML import did.
///
/// For example:
///
/// ```swift
/// let result = try await library.importSubscriptions(fromURL: "https://example.org/subscriptions.opml")
/// print("\(result.added.count) added, \(result.duplicates) already saved")
/// for reason in result.skipped { print("skipped", reason) }
/// ```
public struct SubscriptionImport: Sendable, Equatable {
    /// The sources it saved, in the document's order.
    public var added: [Source]
    /// Feeds already saved, or listed twice, and left alone.
    public var duplicates: Int
    /// Outlines that were not feeds Reader can read, with the reason for each.
    public var skipped: [String]

    /// Creates an import result.
    public init(added: [Source], duplicates: Int, skipped: [String]) {
        self.added = added
        self.duplicates = duplicates
        self.skipped = skipped
    }
}

/// Why an OPML import saved nothing.
///
/// For example:
///
/// ```swift
/// do {
///     _ = try await library.importSubscriptions(opml: data)
/// } catch {
///     switch error {
///     case .unreadable(let reason): print("not a subscription list: \(reason)")
///     case .fetch, .store: print(error)
///     }
/// }
/// ```
public enum SubscriptionImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document is not OPML Reader can read.
    case unreadable(OPMLError)
    /// The document's URL could not be fetched.
    case fetch(url: String, reason: String)
    /// The cache failed.
    case store(StoreError)

    /// One line that says what happened.
    public var description: String {
        switch self {
        case .unreadable(let error): "cannot import: \(error)"
        case .fetch(let url, let reason): "cannot import \(url): \(reason)"
        case .store(let error): error.description
        }
    }
}

extension ReaderLibrary {
    /// Saves every feed an OPML subscription list names, with its title,
    /// folder (nested outlines joined by `/`) and home page, in one
    /// transaction. Feeds already saved or listed twice are left alone; a
    /// document that is not well-formed OPML saves nothing.
    ///
    /// For example:
    ///
    /// ```swift
    /// let result = try await library.importSubscriptions(opml: try Data(contentsOf: fileURL))
    /// print("\(result.added.count) added, \(result.duplicates) already saved")
    /// ```
    /// - throws: ``SubscriptionImportError``.
    public func importSubscriptions(opml: Data) async throws(SubscriptionImportError) -> SubscriptionImport {
        let document: OPMLDocument
        do {
            document = try OPMLDocument.parse(opml)
        } catch {
            throw .unreadable(error)
        }
        let subscriptions = document.entries.map { entry in
            SourceSubscription(
                url: entry.url, title: entry.title,
                folder: entry.folder.isEmpty ? nil : entry.folder.joined(separator: "/"),
                homePageURL: entry.homePageURL)
        }
        do {
            let result = try await store.subscribe(to: subscriptions)
            return SubscriptionImport(added: result.added, duplicates: result.duplicates, skipped: document.skipped)
        } catch {
            throw .store(error)
        }
    }

    /// Fetches an OPML subscription list from `url` and imports it like ``importSubscriptions(opml:)``.
    /// - throws: ``SubscriptionImportError``.
    public func importSubscriptions(fromURL url: String) async throws(SubscriptionImportError) -> SubscriptionImport {
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(url: url, headers: ["Accept": "text/x-opml, application/xml;q=0.9, */*;q=0.5"]))
        } catch {
            throw .fetch(url: url, reason: error.description)
        }
        guard (200..<300).contains(response.status) else {
            throw .fetch(url: url, reason: "HTTP \(response.status)")
        }
        return try await importSubscriptions(opml: response.body)
    }

    /// Every saved source as an OPML 2.0 subscription list: folders as nested
    /// outlines, with titles and home pages, in the order the sources were added.
    /// - parameter title: the document's title.
    /// - throws: `StoreError`.
    public func exportSubscriptions(title: String = "Reader subscriptions") async throws(StoreError) -> Data {
        let entries = try await store.sources().map { source in
            OPMLEntry(
                url: source.url, title: source.title, homePageURL: source.homePageURL,
                folder: source.folder.map { $0.split(separator: "/").map(String.init) } ?? [])
        }
        return OPMLDocument(title: title, entries: entries).serialized(created: Date())
    }
}
