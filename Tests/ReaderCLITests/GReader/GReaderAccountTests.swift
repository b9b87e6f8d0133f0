import Foundation
import Testing

extension EndToEnd {
    /// Issue 12: a Google Reader API account, against the reference server's GReader routes.
    @Suite("Issue 12: Google Reader API account", .needsReferenceServer)
    struct GReaderAccountTests {
        /// The bytes the account's line of a `reader sync` output reports, if it says.
        static func bytesReceived(in run: ReaderRun, endpoint: String) -> Double? {
            guard let line = run.stdout.split(separator: "\n").first(where: { $0.hasPrefix(endpoint + ":") }),
                let match = line.firstMatch(of: /, ([0-9.]+) (B|KB|MB),/), let value = Double(match.1)
            else { return nil }
            return value * (match.2 == "B" ? 1 : match.2 == "KB" ? 1024 : 1024 * 1024)
        }

        @Test("Login, subscriptions with folders, a first sync, and a no-change sync of at most 3 small requests")
        func loginImportAndSync() async throws {
            let served = try await ServedAccount.start(count: 300, seed: 12)
            let device = try served.sandbox.device()
            let added = try await served.addAccount(on: device)
            #expect(added.stdout.contains("as alice"), "\(added)")

            let sources = try await device.sources()
            #expect(sources.count >= 2, "\(sources)")
            #expect(sources.allSatisfy { $0.kind == "account-feed" && $0.account == "alice@127.0.0.1" }, "\(sources)")
            #expect(Set(sources.compactMap(\.folder)).count >= 2, "subscriptions come in folders: \(sources)")
            #expect(sources.allSatisfy { !($0.title ?? "").contains(where: { "＆＜＞？／＼".contains($0) }) }, "\(sources)")
            let listed = try await device.succeed(["feeds", "list"]).stdout
            #expect(listed.contains("Account alice@127.0.0.1"), "\(listed)")

            let first = try await device.succeed(["sync"])
            let articles = try await device.articles()
            #expect(articles.count == 300, "\(first)")
            #expect(articles.allSatisfy { !$0.title.contains(where: { "＆＜＞".contains($0) }) })
            #expect(Set(articles.map(\.source)).isSubset(of: Set(sources.map(\.id))))

            let again = try await device.succeed(["sync"])
            let summary = try again.summary(for: served.endpoint)
            #expect(summary.requests <= 3, "\(again)")
            #expect(summary.new == 0 && summary.updated == 0, "\(again)")
            let bytes = try #require(Self.bytesReceived(in: again, endpoint: served.endpoint), "\(again)")
            #expect(bytes < 16 * 1024, "a no-change sync is small: \(again)")
            #expect(try await device.articles().count == 300)
        }

        @Test("The first sync fetches the window of the newest items and the starred ones, not every unread one")
        func window() async throws {
            let served = try await ServedAccount.start(count: 400, seed: 6)
            let seeder = try served.sandbox.device("seeder")
            try await served.addAccount(on: seeder)
            try await seeder.succeed(["sync"])
            let oldest = try await seeder.articles().sorted { $0.published < $1.published }.prefix(3).map(\.id)
            try await seeder.succeed(["bookmark"] + oldest)
            try await seeder.succeed(["sync"])

            let device = try served.sandbox.device()
            try await served.addAccount(on: device, ["--window", "100"])
            let first = try await device.succeed(["sync"])
            let articles = try await device.articles()
            #expect(articles.count == 103, "100 newest and 3 old starred ones: \(first)")
            #expect(Set(articles.filter(\.bookmarked).map(\.id)) == Set(oldest))
            let again = try await device.succeed(["sync"])
            #expect(try again.summary(for: served.endpoint).new == 0, "\(again)")
            #expect(try await device.articles().count == 103)
        }

        @Test("reader list --province works over account articles")
        func provinces() async throws {
            let served = try await ServedAccount.start(count: 200, seed: 5)
            let device = try served.sandbox.device()
            try await served.addAccount(on: device)
            try await device.succeed(["sync"])
            let yunnan = try await device.articles(["--province", "Yunnan"])
            #expect(!yunnan.isEmpty)
            #expect(yunnan.allSatisfy { $0.provinces.contains("Yunnan") })
            let all = try await device.articles()
            #expect(yunnan.count < all.count)
        }

        @Test("The password reaches no file, output or error; the token is kept in a 0600 file and never printed")
        func passwordNeverKept() async throws {
            let served = try await ServedAccount.start(count: 50, seed: 3)
            let device = try served.sandbox.device()
            var runs = [try await served.addAccount(on: device)]
            runs.append(try await device.succeed(["sync"]))
            runs.append(try await device.succeed(["accounts", "list"]))
            runs.append(try await device.succeed(["accounts", "list", "--json"]))
            runs.append(try await device.succeed(["feeds", "list", "--json"]))
            let wrong = try await device.run(
                ["accounts", "add", "greader", served.endpoint, "--user", "alice", "--password-stdin", "--name", "other"],
                input: Data("not-\(ServedAccount.password)\n".utf8))
            #expect(wrong.status != 0)
            #expect(wrong.stderrLines.count == 1, "\(wrong)")
            runs.append(wrong)

            let mode = try FileManager.default.attributesOfItem(atPath: device.credentialsFile.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let token = try #require(try device.savedSecrets().values.first)
            #expect(token.hasPrefix("alice/"))
            #expect(try device.filesBesideCache(containing: ServedAccount.password).isEmpty)
            #expect(try device.filesBesideCache(containing: token).isEmpty)
            let credentialsFile = try String(contentsOf: device.credentialsFile, encoding: .utf8)
            #expect(!credentialsFile.contains(ServedAccount.password))
            for run in runs {
                #expect(!run.stdout.contains(ServedAccount.password) && !run.stderr.contains(ServedAccount.password), "\(run)")
                #expect(!run.stdout.contains(token) && !run.stderr.contains(token), "\(run)")
            }
        }

        @Test("A refused login is one line that says to log in again; logging in again resumes with nothing lost")
        func loginAgain() async throws {
            let sandbox = try Sandbox()
            let served = try await ServedAccount.start(count: 80, seed: 9, in: sandbox)
            let device = try sandbox.device()
            try await served.addAccount(on: device)
            try await device.succeed(["sync"])
            let before = try await device.articles()
            // The same database behind a new password: the old token is refused.
            await served.server.stop()
            var options = served.server.options
            let index = try #require(options.firstIndex(of: "--greader-password"))
            options[index + 1] = "changed-password"
            let changed = try await ServerProcess(options, port: served.server.port)
            defer { Task { await changed.stop() } }

            let refused = try await device.run(["sync"])
            #expect(refused.status != 0)
            #expect(refused.stderrLines.count == 1, "\(refused)")
            #expect(refused.stderr.contains("reader accounts login alice@127.0.0.1"), "\(refused)")
            #expect(try await device.articles() == before)

            try await device.succeed(
                ["accounts", "login", "alice@127.0.0.1", "--password-stdin"], input: Data("changed-password\n".utf8))
            try await device.succeed(["sync"])
            #expect(try await device.articles().count == before.count)
        }

        @Test("Subscribing and unsubscribing through the account changes the server's list")
        func subscribeThroughAccount() async throws {
            let served = try await ServedAccount.start(count: 40, seed: 4)
            let device = try served.sandbox.device()
            try await served.addAccount(on: device)
            let before = try await device.sources()
            try await device.succeed(
                ["feeds", "add", "https://news.example/ip.xml", "--account", "alice@127.0.0.1", "--folder", "Added"])
            let after = try await device.sources()
            #expect(after.count == before.count + 1)
            #expect(after.contains { $0.feedURL == "https://news.example/ip.xml" && $0.folder == "Added" }, "\(after)")

            // A second device sees the server's list.
            let other = try served.sandbox.device("tablet")
            try await served.addAccount(on: other)
            #expect(try await other.sources().count == after.count)

            let plainRemove = try await device.run(["feeds", "remove", "https://news.example/ip.xml"])
            #expect(plainRemove.status == 1 && plainRemove.stderr.contains("--account alice@127.0.0.1"), "\(plainRemove)")
            try await device.succeed(["feeds", "remove", "https://news.example/ip.xml", "--account", "alice@127.0.0.1"])
            #expect(try await device.sources().count == before.count)
            let third = try served.sandbox.device("laptop")
            try await served.addAccount(on: third)
            #expect(try await third.sources().count == before.count)
        }

        @Test("doctor --rebuild keeps the account, its subscriptions and unsent marks; the next sync needs no login")
        func rebuildKeepsTheAccount() async throws {
            let served = try await ServedAccount.start(count: 60, seed: 8)
            let device = try served.sandbox.device()
            try await served.addAccount(on: device)
            try await device.succeed(["sync"])
            let sources = try await device.sources()
            let first = try #require(try await device.articles().first)
            try await device.succeed(["bookmark", first.id])
            try await device.succeed(["doctor", "--rebuild"])
            #expect(try await device.sources().map(\.feedURL) == sources.map(\.feedURL))
            #expect(try await device.outboxCount() == 1)
            try await device.succeed(["sync"])
            let after = try await device.articles()
            #expect(after.count == 60)
            #expect(after.first { $0.id == first.id }?.bookmarked == true)
            #expect(try await served.flags()[first.url ?? ""]?.starred == true)
        }
    }
}
