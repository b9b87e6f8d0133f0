import Foundation
import Testing

extension EndToEnd {
    /// Issue 9: OPML in and out.
    @Suite("Issue 9: OPML import and export")
    struct SubscriptionListTests {
        /// An OPML 2.0 list of `count` feeds: a third at the top level, a third
        /// in "News", a third in "News/China" (nested outlines), titles with
        /// characters that need escaping, and one feed listed twice.
        static func opml(feeds count: Int) -> (text: String, feeds: [(url: String, title: String, folder: String?)]) {
            var groups: [(folder: String?, feeds: [(url: String, title: String, folder: String?)], xml: String)] = [
                (nil, [], ""), ("News", [], ""), ("News/China", [], ""),
            ]
            for number in 0..<count {
                let url = "http://127.0.0.\(1 + number % 30):8099/feeds/\(number).xml"
                let title = "Feed \(number) & \"IP\" <news>"
                let escaped = title.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
                    .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
                let group = number % 3
                groups[group].feeds.append((url, title, groups[group].folder))
                groups[group].xml += "<outline type=\"rss\" text=\"\(escaped)\" xmlUrl=\"\(url)\" htmlUrl=\"http://home.example/\(number)\"/>\n"
            }
            let text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Subscriptions</title></head><body>
                \(groups[0].xml)<outline text="News">
                \(groups[1].xml)<outline text="China">
                \(groups[2].xml)</outline></outline>
                <outline type="rss" text="Again" xmlUrl="\(groups[0].feeds[0].url)"/>
                </body></opml>
                """
            return (text, groups.flatMap(\.feeds))
        }

        @Test("import of a 300-feed OPML with folders, then export, round-trips URLs, titles and folders")
        func roundTrip() async throws {
            let sandbox = try Sandbox()
            let (text, feeds) = Self.opml(feeds: 300)
            let file = sandbox.file("subscriptions.opml")
            try Data(text.utf8).write(to: file)
            let device = try sandbox.device("a")
            let imported = try await device.succeed(["feeds", "import", file.path])
            #expect(imported.stdout.contains("Imported 300 feeds, 1 already saved"), "\(imported)")
            let sources = try await device.sources()
            // In document order: the top level, then News, then News/China.
            #expect(sources.map(\.url) == feeds.map(\.url), "URLs in document order")
            #expect(sources.map(\.title) == feeds.map(\.title), "titles, unescaped")
            #expect(sources.map(\.folder) == feeds.map(\.folder), "folders, nested ones joined by /")
            #expect(sources[1].homePage == "http://home.example/3")

            let again = try await device.succeed(["feeds", "import", file.path])
            #expect(again.stdout.contains("Imported 0 feeds, 301 already saved"), "\(again)")

            let exported = sandbox.file("exported.opml")
            try await device.succeed(["feeds", "export", "--output", exported.path])
            let stdout = try await device.succeed(["feeds", "export"])
            #expect(stdout.stdout.hasPrefix("<?xml"), "export writes OPML to stdout: \(stdout)")
            let other = try sandbox.device("b")
            try await other.succeed(["feeds", "import", exported.path])
            let copied = try await other.sources()
            #expect(copied.map(\.url) == sources.map(\.url))
            #expect(copied.map(\.title) == sources.map(\.title))
            #expect(copied.map(\.folder) == sources.map(\.folder))
            #expect(copied.map(\.homePage) == sources.map(\.homePage))
        }

        @Test("a malformed OPML imports nothing and says why in one line")
        func malformed() async throws {
            let sandbox = try Sandbox()
            var (text, _) = Self.opml(feeds: 10)
            text.removeLast(12)  // cuts `</body></opml>` short
            let file = sandbox.file("broken.opml")
            try Data(text.utf8).write(to: file)
            let device = try sandbox.device()
            let run = try await device.run(["feeds", "import", file.path])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderrLines.count == 1 && run.stderr.contains("malformed OPML"), "\(run)")
            #expect(try await device.sources().isEmpty)

            let rss = sandbox.file("feed.xml")
            try Data("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>".utf8).write(to: rss)
            let notOPML = try await device.run(["feeds", "import", rss.path])
            #expect(notOPML.status == 1 && notOPML.stderr.contains("not an OPML document"), "\(notOPML)")
            let missing = try await device.run(["feeds", "import", sandbox.file("missing.opml").path])
            #expect(missing.status != 0 && missing.stderrLines.count == 1, "\(missing)")
        }
    }
}
