import Foundation
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 14: a feed document past 4 MiB goes to a temporary file as it
    /// downloads (curl) and is parsed from there; either way every item is
    /// stored, and `reader` leaves no file behind.
    @Suite("Issue 14: large feed documents", .needsReferenceServer)
    struct LargeFeedTests {
        /// Writes the reference server's synthetic corpus of `count` articles as one RSS document at `url`.
        static func generate(count: Int, seed: Int, at url: URL) throws {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let process = Process()
            process.executableURL = try Binaries.server()
            process.arguments = ["generate", "--count", String(count), "--seed", String(seed), "--format", "rss", "--out", url.path]
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "reader-server generate failed")
        }

        @Test("a 6 MB feed is stored whole, searchable by province and in Chinese, with no temporary file left",
            arguments: Transport.allCases)
        func largeFeed(transport: Transport) async throws {
            let sandbox = try Sandbox()
            let document = sandbox.feeds.appendingPathComponent("big.xml")
            try Self.generate(count: 5000, seed: 14, at: document)
            let size = try #require(try FileManager.default.attributesOfItem(atPath: document.path)[.size] as? Int)
            #expect(size > 4 << 20, "past the sync's body-file threshold: \(size) bytes")
            let server = try await ServerProcess(["--feeds", sandbox.feeds.path])
            let device = try sandbox.device(transport: transport)
            let temporary = sandbox.root.appendingPathComponent("tmp-\(transport)", isDirectory: true)
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)

            let url = server.feed("big.xml")
            let sync = try await device.succeed(["sync", "--endpoint", url], environment: ["TMPDIR": temporary.path])
            #expect(try sync.summary(for: url).new == 5000, "\(sync)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [], "no body file is left")

            let all = try await device.ids()
            #expect(all.count == 5000)
            let yunnan = try await device.ids(["--province", "Yunnan"])
            #expect(!yunnan.isEmpty && yunnan.count < all.count)
            let chinese = try await device.ids(["--search", "知识产权"])
            #expect(!chinese.isEmpty && Set(chinese).isSubset(of: Set(all)))
        }
    }
}
