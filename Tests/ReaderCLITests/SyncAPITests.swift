import Foundation
import ReaderModels
import Testing

extension EndToEnd {
    /// Issue 3: syncing a Reader Sync API endpoint.
    @Suite("Issue 3: sync API", .needsReferenceServer)
    struct SyncAPITests {
        @Test(
            "the first sync of a 10,000-article corpus leaves the cache equal to the server",
            arguments: Transport.allCases)
        func firstSyncOfLargeCorpus(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 10_000, seed: 7)
            let device = try corpus.sandbox.device(transport: transport)
            let sync = try await device.succeed(["sync", "--endpoint", corpus.endpoint], timeout: .seconds(900))
            let summary = try sync.summary(for: corpus.endpoint)
            #expect(summary.new == 10_000, "\(sync)")
            #expect(summary.retracted == 0, "\(sync)")

            let server = try await corpus.content()
            #expect(server.count == 10_000)
            let difference = SetDifference(actual: try await device.content(), expected: server)
            #expect(difference.isEmpty, "\(difference)")
        }

        @Test(
            "after 50 edits, 20 retractions and 30 publications the next sync reports exactly them",
            arguments: Transport.allCases)
        func adminChanges(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 2000, seed: 11)
            let device = try corpus.sandbox.device(transport: transport)
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let cachedBefore = Dictionary(uniqueKeysWithValues: try await device.articles().map { ($0.id, $0) })

            let admin = corpus.server.admin
            let edited = try await admin.editRandom(count: 50, seed: 101)
            let retracted = try await admin.retractRandom(count: 20, seed: 204)
            let published = try await admin.publishRandom(count: 30, seed: 303)
            try #require(Set(edited).isDisjoint(with: retracted), "the seeds must pick distinct articles")
            #expect([edited.count, retracted.count, published.count] as [Int] == [50, 20, 30])

            let sync = try await device.succeed(["sync"])
            let summary = try sync.summary(for: corpus.endpoint)
            #expect(summary.new == 30, "\(sync)")
            #expect(summary.updated == 50, "\(sync)")
            #expect(summary.retracted == 20, "\(sync)")

            let difference = SetDifference(actual: try await device.content(), expected: try await corpus.content())
            #expect(difference.isEmpty, "\(difference)")

            let listed = Set(try await device.ids())
            for remoteID in retracted.sorted().prefix(3) {
                let id = ArticleID(sourceURL: corpus.endpoint, remoteID: remoteID).rawValue
                let title = try #require(cachedBefore[id]?.title)
                #expect(!listed.contains(id))
                let show = try await device.run(["show", id])
                #expect(show.status != 0, "\(show)")
                #expect(show.stderrLines.count == 1, "\(show)")
                #expect(!(try await device.ids(["--search", title])).contains(id), "search \(title)")
            }
            let editedIDs = Set(edited.map { ArticleID(sourceURL: corpus.endpoint, remoteID: $0).rawValue })
            let survivor = try #require(
                cachedBefore.values.sorted { $0.id < $1.id }.first { listed.contains($0.id) && !editedIDs.contains($0.id) })
            #expect(try await device.ids(["--search", survivor.title]).contains(survivor.id), "search \(survivor.title)")
        }

        @Test(
            "a wrong or missing token fails with one line saying how to pass one; no token is ever printed",
            arguments: Transport.allCases)
        func tokens(transport: Transport) async throws {
            let right = "tok-right-5f2c9a71"
            let wrong = "tok-wrong-0b8e3d44"
            let corpus = try await ServedCorpus.start(count: 50, seed: 5, ["--token", right])
            let device = try corpus.sandbox.device(transport: transport)
            var runs: [ReaderRun] = []

            let missing = try await device.run(["sync", "--endpoint", corpus.endpoint])
            let refused = try await device.run(["sync", "--endpoint", corpus.endpoint, "--token", wrong])
            for failure in [missing, refused] {
                #expect(failure.status != 0, "\(failure)")
                #expect(failure.stderrLines.count == 1, "\(failure)")
                #expect(failure.stderr.contains(corpus.endpoint), "\(failure)")
                #expect(failure.stderr.contains("--token"), "says how to pass a token: \(failure)")
            }
            // An endpoint whose first sync fails is not kept, so a later plain sync has nothing to retry.
            let notKept = try await device.succeed(["feeds", "list"])
            #expect(!notKept.stdout.contains(corpus.endpoint), "\(notKept)")
            runs += [missing, refused, notKept]
            runs.append(try await device.succeed(["status"]))

            let accepted = try await device.succeed(["sync", "--endpoint", corpus.endpoint, "--token", right])
            #expect(try accepted.summary(for: corpus.endpoint).new == 50, "\(accepted)")
            runs.append(accepted)
            #expect(try device.filesBesideCache(containing: right).isEmpty, "no token in the cache or beside it")
            #expect(try device.savedSecrets() == ["source:" + corpus.endpoint: right])
            let mode = try FileManager.default.attributesOfItem(atPath: device.credentialsFile.path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            runs.append(try await device.succeed(["sync"]))
            runs.append(try await device.succeed(["status"]))
            runs.append(try await device.succeed(["feeds", "list"]))
            runs.append(try await device.succeed(["list"]))

            let fromEnvironment = try corpus.sandbox.device("environment", transport: transport)
            let environmentSync = try await fromEnvironment.succeed(
                ["sync", "--endpoint", corpus.endpoint], environment: ["READER_TOKEN": right])
            #expect(try environmentSync.summary(for: corpus.endpoint).new == 50, "\(environmentSync)")
            runs.append(environmentSync)
            runs.append(try await fromEnvironment.succeed(["status"]))
            runs.append(try await fromEnvironment.succeed(["feeds", "list"]))

            for run in runs {
                for token in [right, wrong] {
                    #expect(!run.stdout.contains(token) && !run.stderr.contains(token), "token printed by \(run)")
                }
            }
            try await device.succeed(["feeds", "remove", corpus.endpoint])
            #expect(try device.savedSecrets().isEmpty, "removing the source removes its token")
        }

        @Test("a token an older version kept in the cache moves to the credentials file and leaves no trace in the cache")
        func plainTextTokenMigrates() async throws {
            let token = "tok-plain-7d3e91c0"
            let corpus = try await ServedCorpus.start(count: 20, seed: 6, ["--token", token])
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint, "--token", token])
            // Back to the schema before v10, with the token where older versions kept it.
            try FileManager.default.removeItem(at: device.credentialsFile)
            try Self.sqlite(
                device.database,
                "UPDATE source SET token = '\(token)'; ALTER TABLE source DROP COLUMN has_token; "
                    + "DELETE FROM grdb_migrations WHERE identifier = 'v10';")
            #expect(try device.filesBesideCache(containing: token) == ["reader.sqlite"], "the old cache holds the token")

            let synced = try await device.succeed(["sync"])
            #expect(synced.stderr.isEmpty, "the moved token is sent: \(synced)")
            #expect(try device.savedSecrets() == ["source:" + corpus.endpoint: token])
            #expect(try device.filesBesideCache(containing: token).isEmpty, "strings of the cache find no token")
            let listed = try await device.succeed(["feeds", "list"])
            #expect(listed.stdout.contains("token set"), "\(listed)")
        }

        /// Runs `script` on the database at `file` with Python's sqlite3 module.
        private static func sqlite(_ file: URL, _ script: String) throws {
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = [
                "python3", "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.close()",
                file.path, script,
            ]
            try python.run()
            python.waitUntilExit()
            #expect(python.terminationStatus == 0)
        }

        @Test(
            "a sync with nothing new makes one article request, plus the state request",
            arguments: Transport.allCases)
        func nothingNew(transport: Transport) async throws {
            let corpus = try await ServedCorpus.start(count: 300, seed: 3)
            let device = try corpus.sandbox.device(transport: transport)
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            for _ in 0..<2 {
                let sync = try await device.succeed(["sync"])
                let summary = try sync.summary(for: corpus.endpoint)
                #expect(summary.requests == 2, "1 article request + 1 state request: \(sync)")
                #expect([summary.new, summary.updated, summary.retracted] as [Int] == [0, 0, 0], "\(sync)")
            }
        }
    }
}
