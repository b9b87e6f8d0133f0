import Foundation
import Testing

extension EndToEnd {
    /// Issue 13 (retention), acceptance 4, through the `reader` binary.
    @Suite("Issue 13: retention", .needsReferenceServer)
    struct RetentionTests {
        /// `reader prune --json`.
        struct PruneOutput: Decodable, Equatable {
            struct SourceCount: Decodable, Equatable {
                var id: Int64
                var url: String
                var articles: Int
            }

            var articles: Int
            var sources: [SourceCount]
            var ids: [String]
            var statesDropped: Int

            enum CodingKeys: String, CodingKey {
                case articles, sources, ids, statesDropped = "states_dropped"
            }
        }

        @Test("prune --dry-run reports exactly what prune then removes, and bookmarks stay")
        func dryRunThenPrune() async throws {
            let corpus = try await ServedCorpus.start(count: 80, seed: 31)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let all = try await device.ids()
            let bookmarks = [all[40], all[79]]
            try await device.succeed(["bookmark"] + bookmarks)
            try await device.succeed(["read"] + Array(all[20...]))

            let none = try await device.succeed(["prune", "--dry-run", "--json"]).json(PruneOutput.self)
            #expect(none.articles == 0, "no policy, nothing pruned")

            try await device.succeed(["retention", "set", "--max-count", "20", "--keep-unread", "3650d"])
            let shown = try await device.succeed(["retention"])
            #expect(shown.stdout.contains("at most 20 articles in all") && shown.stdout.contains("unread articles kept 3650d"), "\(shown)")

            let dryRun = try await device.succeed(["prune", "--dry-run", "--json"]).json(PruneOutput.self)
            #expect(try await device.ids() == all, "a dry run removes nothing")
            let pruned = try await device.succeed(["prune", "--json"]).json(PruneOutput.self)
            #expect(dryRun == pruned)
            #expect(pruned.articles == 58 && pruned.sources.map(\.articles) == [58])
            #expect(Set(pruned.ids) == Set(all[20...]).subtracting(bookmarks))
            #expect(try await device.ids() == Array(all[..<20]) + bookmarks)

            let text = try await device.succeed(["prune"])
            #expect(text.stdout.hasPrefix("Removed 0 articles"), "\(text)")
        }

        @Test("feeds remove keeps bookmarked articles, unsynced, unless --discard-bookmarks")
        func removeKeepsBookmarks() async throws {
            let corpus = try await ServedCorpus.start(count: 30, seed: 32)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let all = try await device.ids()
            try await device.succeed(["bookmark", all[2], all[9]])

            let removed = try await device.succeed(["feeds", "remove", corpus.endpoint])
            #expect(removed.stdout == "Removed \(corpus.endpoint) and 28 articles; kept 2 bookmarked articles\n", "\(removed)")
            #expect(try await device.ids() == [all[2], all[9]])
            #expect(try await device.ids(["--bookmarked"]) == [all[2], all[9]])
            let shown = try await device.succeed(["show", all[2]])
            #expect(!shown.stdout.isEmpty)
            let sources = try await device.succeed(["feeds", "list"])
            #expect(sources.stdout.hasPrefix("No sources yet"), "\(sources)")
            let sync = try await device.succeed(["sync"])
            #expect(sync.stdout.hasPrefix("No sources yet"), "a removed source is never synced: \(sync)")
            try await device.succeed(["unbookmark", all[2]])
            #expect(try await device.outboxCount() == 0, "nothing is queued for a removed source")

            let discarded = try await device.succeed(["feeds", "remove", corpus.endpoint, "--discard-bookmarks"])
            #expect(discarded.stdout == "Removed \(corpus.endpoint) and 2 articles\n", "\(discarded)")
            #expect(try await device.ids().isEmpty)
            let again = try await device.run(["feeds", "remove", corpus.endpoint])
            #expect(again.status == 1 && again.stderrLines.count == 1, "\(again)")
        }
    }
}
