import Foundation

/// A reference server publishing a synthetic corpus at `/api`, with its
/// database in a sandbox so it can be stopped and restarted with its state.
struct ServedCorpus {
    let sandbox: Sandbox
    let server: ServerProcess

    /// Starts a server with `count` articles from `seed`, plus `options`.
    static func start(count: Int, seed: UInt64, _ options: [String] = [], in sandbox: Sandbox? = nil)
        async throws -> ServedCorpus
    {
        let sandbox = try sandbox ?? Sandbox()
        let database = sandbox.file("server-\(UUID().uuidString).sqlite").path
        let server = try await ServerProcess(
            ["--corpus", String(count), "--seed", String(seed), "--db", database] + options)
        return ServedCorpus(sandbox: sandbox, server: server)
    }

    /// The Sync API endpoint.
    var endpoint: String { server.endpoint }

    /// The server's live articles, keyed as a cache synced from ``endpoint`` keys them.
    func content() async throws -> Set<ArticleContent> {
        try await server.admin.content(asSyncedFrom: endpoint)
    }
}

extension ReaderProcess {
    /// What the cache holds, in the form the server's dump can be compared with.
    func content() async throws -> Set<ArticleContent> {
        Set(try await articles().map(\.content))
    }
}

/// How two sets differ, briefly enough for a test failure message.
struct SetDifference<Element: Hashable & CustomStringConvertible>: CustomStringConvertible {
    /// Expected but absent.
    let missing: [Element]
    /// Present but not expected.
    let extra: [Element]

    init(actual: Set<Element>, expected: Set<Element>) {
        missing = expected.subtracting(actual).map { $0 }
        extra = actual.subtracting(expected).map { $0 }
    }

    var isEmpty: Bool { missing.isEmpty && extra.isEmpty }

    var description: String {
        "\(missing.count) missing (e.g. \(missing.prefix(3).map(\.description))), "
            + "\(extra.count) extra (e.g. \(extra.prefix(3).map(\.description)))"
    }
}

extension ListedArticle: CustomStringConvertible {
    var description: String { "\(id) \"\(title)\" read=\(read) bookmarked=\(bookmarked)" }
}
