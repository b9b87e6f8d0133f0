import Foundation
import Testing

extension EndToEnd {
    /// A mark is recorded even when the article already had the value (issue 10
    /// §1); the CLI says how many were marked and how many already were.
    @Suite("Mark output", .needsReferenceServer)
    struct MarkOutputTests {
        @Test("read, read again, unread and bookmark --all say what they marked")
        func markLines() async throws {
            let corpus = try await ServedCorpus.start(count: 5, seed: 3)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let ids = try await device.ids()
            #expect(ids.count == 5)

            let first = try await device.succeed(["read", ids[0], ids[1]])
            #expect(first.stdout == "Marked 2 articles read.\n", "\(first)")
            let again = try await device.succeed(["read", ids[0], ids[2]])
            #expect(again.stdout == "Marked 2 articles read (1 already was).\n", "\(again)")
            let unread = try await device.succeed(["unread", "--all"])
            #expect(unread.stdout == "Marked 5 articles unread (2 already were).\n", "\(unread)")
            let bookmark = try await device.succeed(["bookmark", ids[4]])
            #expect(bookmark.stdout == "Marked 1 article bookmarked.\n", "\(bookmark)")
        }
    }
}
