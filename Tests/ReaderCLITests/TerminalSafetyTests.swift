import Foundation
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 10 §3: text from a feed or a server never reaches the terminal
    /// with its control characters.
    @Suite("Issue 10: terminal safety")
    struct TerminalSafetyTests {
        /// Clears the screen, sets the window title, rings the bell, and a C1 CSI (U+009B).
        static let hostileTitle = "\u{1B}]0;owned\u{07}Yunnan \u{1B}[2Jpatent\u{9B}31m office"
        static let hostileSummary = "\u{1B}[31mKunming\u{07} trademark \u{1B}[0m news"

        static let feed: Data = {
            let document: [String: Any] = [
                "version": "https://jsonfeed.org/version/1.1", "title": "\u{1B}[2J\u{1B}[HFeed\u{07}",
                "items": [
                    [
                        "id": "hostile-1", "title": hostileTitle, "summary": hostileSummary,
                        "content_text": "Body \u{1B}[5m text\u{9B}2J", "date_published": "2020-04-20T08:00:00Z",
                    ]
                ],
            ]
            return try! JSONSerialization.data(withJSONObject: document)
        }()

        /// Whether `text` holds a C0 control other than newline and tab, DEL or a C1 control.
        static func hasControl(_ text: String) -> Bool {
            text.unicodeScalars.contains { scalar in
                (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            }
        }

        @Test("list, show, feeds list, status, sync and error lines show feed and server text without control characters")
        func noControlCharacters() async throws {
            let server = try LoopbackHTTPServer { request in
                switch request.path {
                case "/feed.json": .response(status: 200, headers: ["Content-Type": "application/feed+json"], body: Self.feed)
                default:
                    .response(
                        status: 500, headers: ["Content-Type": "text/plain"],
                        body: Data("\u{1B}[2J\u{1B}]0;owned\u{07}server\u{9B}31m says no".utf8))
                }
            }
            defer { server.stop() }
            let sandbox = try Sandbox()
            let device = try sandbox.device()

            var runs = [try await device.succeed(["sync", "--endpoint", server.url("/feed.json")])]
            let listed = try await device.articles()
            let article = try #require(listed.first)
            #expect(article.title.contains("Yunnan") && article.title.contains("office"), "\(article.title)")
            for arguments in [["list"], ["show", article.id], ["feeds", "list"], ["status"], ["sync", "--force"]] {
                runs.append(try await device.run(arguments))
            }
            let failed = try await device.run(["sync", "--endpoint", server.url("/broken")])
            #expect(failed.status == 1, "\(failed)")
            #expect(failed.stderrLines.count == 1 && failed.stderr.contains("says no"), "\(failed)")
            runs.append(failed)
            for run in runs {
                #expect(!Self.hasControl(run.stdout), "stdout of \(run.arguments): \(run.stdout.debugDescription)")
                #expect(!Self.hasControl(run.stderr), "stderr of \(run.arguments): \(run.stderr.debugDescription)")
            }
            #expect(runs[1].stdout.contains("Yunnan"), "\(runs[1])")
            #expect(runs[2].stdout.contains("trademark") || runs[2].stdout.contains("text"), "\(runs[2])")
        }

        @Test("--json keeps feed text exact, its control characters escaped")
        func jsonIsExact() async throws {
            let server = try LoopbackHTTPServer { _ in
                .response(status: 200, headers: ["Content-Type": "application/feed+json"], body: Self.feed)
            }
            defer { server.stop() }
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            try await device.succeed(["sync", "--endpoint", server.url("/feed.json")])
            let stored = try #require(try await device.articles().first)
            let list = try await device.succeed(["list", "--json"])
            let show = try await device.succeed(["show", stored.id, "--json"])
            let sources = try await device.succeed(["feeds", "list", "--json"])
            for run in [list, show, sources] {
                #expect(!Self.hasControl(run.stdout), "\(run.arguments): \(run.stdout.debugDescription)")
            }
            #expect(stored.title == Self.hostileTitle)
            #expect(stored.summary == Self.hostileSummary)
            #expect(try show.json(ListedArticle.self).title == stored.title)
        }
    }
}
