import Foundation
import Testing

extension EndToEnd {
    /// A Sync API server whose discovery announces a `page_limit_max` below
    /// the client's page sizes (500 articles, 1,000 state changes) answers 400
    /// to a larger `limit`: the client must ask for pages it accepts.
    @Suite("Sync API page_limit_max", .needsReferenceServer)
    struct PageLimitTests {
        @Test("articles and state come in pages of the announced maximum, and two devices converge")
        func smallPages() async throws {
            let corpus = try await ServedCorpus.start(count: 40, seed: 5, ["--page-limit-max", "7"])
            let first = try corpus.sandbox.device("first")
            let sync = try await first.succeed(["sync", "--endpoint", corpus.endpoint])
            let summary = try sync.summary(for: corpus.endpoint)
            #expect(summary.new == 40, "\(sync)")
            let difference = SetDifference(actual: try await first.content(), expected: try await corpus.content())
            #expect(difference.isEmpty, "\(difference)")

            let marked = Array(try await first.ids(["--limit", "12"]))
            #expect(marked.count == 12)
            try await first.succeed(["read"] + marked)
            try await first.succeed(["sync"])

            let second = try corpus.sandbox.device("second")
            let secondSync = try await second.succeed(["sync", "--endpoint", corpus.endpoint])
            #expect(try secondSync.summary(for: corpus.endpoint).stateReceived == 12, "\(secondSync)")
            let unread = Set(try await second.ids(["--unread", "--limit", "100"]))
            #expect(unread.count == 28)
            #expect(unread.isDisjoint(with: marked))
        }
    }
}
