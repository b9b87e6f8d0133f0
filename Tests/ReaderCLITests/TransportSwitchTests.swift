import Foundation
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 13: `READER_TRANSPORT`, the test switch that picks the transport `reader` syncs through.
    @Suite("Issue 13: transport switch")
    struct TransportSwitchTests {
        @Test("READER_TRANSPORT picks the transport that sends the requests", arguments: Transport.allCases)
        func switchPicksTheTransport(transport: Transport) async throws {
            let feed = try Fixtures.data("feeds/rss/seeds.xml")
            let server = try LoopbackHTTPServer { _ in
                .response(status: 200, headers: ["Content-Type": "application/rss+xml"], body: feed)
            }
            defer { server.stop() }
            let device = try Sandbox().device(transport: transport)
            let sync = try await device.succeed(["sync", "--endpoint", server.url("/seeds.xml")])
            #expect(try sync.summary(for: server.url("/seeds.xml")).new == 2, "\(sync)")
            let userAgent = try #require(server.requests.first?.headers["user-agent"])
            #expect(userAgent.hasSuffix(transport == .curl ? "(libcurl)" : "(URLSession)"), "\(userAgent)")
        }

        @Test("an unknown READER_TRANSPORT fails with one line naming the variable")
        func unknownTransport() async throws {
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            let sync = try await device.run(
                ["sync", "--endpoint", "http://127.0.0.1:9/feed.xml"], environment: ["READER_TRANSPORT": "carrier-pigeon"])
            #expect(sync.status == 1 && !sync.signalled, "\(sync)")
            #expect(sync.stderrLines == ["reader: READER_TRANSPORT must be curl or urlsession, not 'carrier-pigeon'"], "\(sync)")
        }
    }
}
