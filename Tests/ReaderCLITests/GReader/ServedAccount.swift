import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A reference server publishing a synthetic corpus through its Google
/// Reader API routes (`/api/greader.php`) for one user, with its database in
/// a sandbox so it can be stopped and restarted with its state.
struct ServedAccount {
    /// The user name on the server.
    static let user = "alice"
    /// The user's API password: characters a form must encode, and a space.
    static let password = "s3cret&pass=+% word"

    let sandbox: Sandbox
    let server: ServerProcess

    /// Starts a server with `count` articles from `seed` behind the GReader routes, plus `options`.
    static func start(count: Int, seed: UInt64, _ options: [String] = [], in sandbox: Sandbox? = nil)
        async throws -> ServedAccount
    {
        let sandbox = try sandbox ?? Sandbox()
        let database = sandbox.file("server-\(UUID().uuidString).sqlite").path
        let server = try await ServerProcess(
            ["--corpus", String(count), "--seed", String(seed), "--db", database, "--greader-user", user,
                "--greader-password", password] + options)
        return ServedAccount(sandbox: sandbox, server: server)
    }

    /// The Google Reader API endpoint.
    var endpoint: String { server.origin + "/api/greader.php" }

    /// `reader accounts add greader ENDPOINT --user alice --password-stdin`, the password on standard input.
    @discardableResult
    func addAccount(on device: ReaderProcess, _ options: [String] = []) async throws -> ReaderRun {
        try await device.succeed(
            ["accounts", "add", "greader", endpoint, "--user", Self.user, "--password-stdin"] + options,
            input: Data((Self.password + "\n").utf8))
    }

    /// Every item's read and starred flags on the server, by its link,
    /// read through the API itself.
    func flags() async throws -> [String: Flags] {
        try await GReaderProbe(endpoint: endpoint).flags(user: Self.user, password: Self.password)
    }
}

/// An article's read and starred (bookmarked) flags.
struct Flags: Hashable, Sendable, CustomStringConvertible {
    var read: Bool
    var starred: Bool
    var description: String { "read=\(read) starred=\(starred)" }
}

extension ReaderProcess {
    /// Every cached article's flags, by its link.
    func flagsByURL() async throws -> [String: Flags] {
        var flags: [String: Flags] = [:]
        for article in try await articles() {
            flags[article.url ?? article.id] = Flags(read: article.read, starred: article.bookmarked)
        }
        return flags
    }
}

/// Reads a Google Reader API server the way a test checks it: plain
/// requests through URLSession, independent of the client under test.
struct GReaderProbe {
    let endpoint: String

    private struct Contents: Decodable {
        struct Item: Decodable {
            struct Link: Decodable { let href: String }
            let canonical: [Link]?
            let categories: [String]
        }
        let items: [Item]
        let continuation: String?
    }

    /// Logs in as `user`, then pages the reading list for every item's flags by link.
    func flags(user: String, password: String) async throws -> [String: Flags] {
        let auth = try await logIn(user: user, password: password)
        var flags: [String: Flags] = [:]
        var continuation: String?
        repeat {
            var url = "\(endpoint)/reader/api/0/stream/contents/user/-/state/com.google/reading-list?n=1000&output=json"
            if let continuation { url += "&c=" + (continuation.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? continuation) }
            var request = URLRequest(url: URL(string: url)!)
            request.setValue("GoogleLogin auth=\(auth)", forHTTPHeaderField: "Authorization")
            let (data, _) = try await URLSession.shared.data(for: request)
            let page = try JSONDecoder().decode(Contents.self, from: data)
            for item in page.items {
                guard let link = item.canonical?.first?.href else { continue }
                flags[link] = Flags(
                    read: item.categories.contains("user/-/state/com.google/read"),
                    starred: item.categories.contains("user/-/state/com.google/starred"))
            }
            continuation = page.items.isEmpty ? nil : page.continuation
        } while continuation != nil
        return flags
    }

    private func logIn(user: String, password: String) async throws -> String {
        var request = URLRequest(url: URL(string: "\(endpoint)/accounts/ClientLogin")!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let allowed = CharacterSet.alphanumerics
        request.httpBody = Data(
            "Email=\(user.addingPercentEncoding(withAllowedCharacters: allowed)!)&Passwd=\(password.addingPercentEncoding(withAllowedCharacters: allowed)!)".utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { $0.hasPrefix("Auth=") }) else {
            throw ProbeFailure(message: "no Auth line in \(text.prefix(200))")
        }
        return String(line.dropFirst("Auth=".count))
    }
}

/// The probe could not read the server.
struct ProbeFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
