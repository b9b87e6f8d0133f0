import Foundation
import Testing

extension EndToEnd {
    /// Issue 13 (paging): `reader list --before ID` and the total.
    @Suite("Issue 13: list paging", .needsReferenceServer)
    struct ListPagingTests {
        @Test("A page says how many of how many, and --before the last ID lists the next page")
        func pagesFollowOn() async throws {
            let corpus = try await ServedCorpus.start(count: 60, seed: 23)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            let firstForty = try await device.succeed(["list", "--json", "--limit", "40"]).json([ListedArticle].self)

            let page = try await device.succeed(["list", "--limit", "20"])
            let footer = try #require(page.stdout.split(separator: "\n").last.map(String.init))
            #expect(footer == "20 of 60 · next page: --before \(firstForty[19].id)", "\(page)")

            let next = try await device.succeed(["list", "--json", "--limit", "20", "--before", firstForty[19].id])
            #expect(try next.json([ListedArticle].self).map(\.id) == firstForty.dropFirst(20).map(\.id))
            let yunnan = try await device.succeed(["list", "--province", "Yunnan", "--limit", "1000"])
            let count = try await device.articles(["--province", "Yunnan"]).count
            #expect(yunnan.stdout.hasSuffix("\(count) of \(count)\n"), "\(yunnan)")

            let unknown = try await device.run(["list", "--before", "0000000000000000"])
            #expect(unknown.status == 1 && unknown.stderrLines.count == 1, "\(unknown)")
        }
    }
}
