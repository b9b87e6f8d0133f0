import Foundation
@testable import reader
import Testing

extension EndToEnd {
    /// Issue 16: the command line as a new user tries it, through the real binary.
    @Suite("Issue 16: the command line")
    struct CommandLineTests {
        /// A device synced from a corpus of `count` articles served `pageSize` to a page.
        private static func synced(count: Int = 120, pageSize: Int = 1000, _ options: [String] = []) async throws
            -> (ServedCorpus, ReaderProcess)
        {
            let corpus = try await ServedCorpus.start(count: count, seed: 16, ["--page-limit-max", String(pageSize)] + options)
            let device = try corpus.sandbox.device()
            try await device.succeed(["sync", "--endpoint", corpus.endpoint])
            return (corpus, device)
        }

        @Test("The progress line of a 30-page sync on a 60-column terminal is one line of frames ≤ 60 columns", .needsReferenceServer)
        func progressLineFitsANarrowTerminal() async throws {
            let corpus = try await ServedCorpus.start(count: 300, seed: 16, ["--page-limit-max", "10", "--latency-ms", "20"])
            let device = try corpus.sandbox.device()
            let run = try await device.runInTerminal(["sync", "--endpoint", corpus.endpoint], columns: 60)
            #expect(run.status == 0, "\(run.output)")
            let lines = run.frames
            // The first line holds every frame; the progress line is then cleared and the summary printed.
            let progress = try #require(lines.first)
            #expect(progress.count > 5, "few redraws: \(progress)")
            for frame in progress.dropLast() {
                #expect(DisplayWidth.of(frame) <= 60, "frame of \(DisplayWidth.of(frame)) columns: \(frame)")
            }
            #expect(progress.contains { $0.hasPrefix("fetching articles: ") }, "\(progress)")
            // Counts, then the URL, which 60 columns cannot hold: the frames are cut.
            #expect(progress.dropLast().contains { $0.hasSuffix("…") && DisplayWidth.of($0) == 59 }, "\(progress)")
            #expect(!run.output.contains("pushingState") && !run.output.contains("pullingState"))
            #expect(progress.last?.contains("300 new") == true, "summary after the cleared line: \(progress.last ?? "")")
            #expect(lines.filter { !$0.joined().isEmpty }.count <= 3, "\(lines)")
        }

        @Test("Ctrl-C stops a sync with one line saying `reader sync` resumes it, exit 130; the next sync finishes", .needsReferenceServer)
        func interruptedSyncSaysHowToResume() async throws {
            let corpus = try await ServedCorpus.start(count: 300, seed: 16, ["--page-limit-max", "10", "--latency-ms", "150"])
            let device = try corpus.sandbox.device()
            let child = try device.start(["sync", "--endpoint", corpus.endpoint])
            try await Task.sleep(for: .seconds(2))
            child.send(SIGINT)
            let status = await child.exitStatus(within: .seconds(30))
            let stderr = String(decoding: child.standardError, as: UTF8.self)
            #expect(status == 130 && !child.endedBySignal, "\(String(describing: status)) \(stderr)")
            #expect(stderr == "reader: \(SyncInterruption.message)\n", "\(stderr)")
            #expect(String(decoding: child.standardOutput, as: UTF8.self).isEmpty)
            try await device.succeed(["sync"])
            #expect(try await device.ids().count == 300)
        }

        /// The ids `list --search` finds.
        private func found(_ search: String, on device: ReaderProcess) async throws -> Set<String> {
            Set(try await device.ids(["--search", search]))
        }

        @Test("Search takes OR, phrases, prefix* and -word; a search with nothing to find is one line, exit 64", .needsReferenceServer)
        func searchSyntax() async throws {
            let (corpus, device) = try await Self.synced()
            defer { withExtendedLifetime(corpus) {} }
            for (first, second) in [("week", "geographical"), ("宣传周", "地理标志"), ("week", "中心")] {
                let one = try await found(first, on: device)
                let other = try await found(second, on: device)
                #expect(!one.isEmpty && !other.isEmpty && one != other, "\(first), \(second)")
                #expect(try await found("\(first) OR \(second)", on: device) == one.union(other))
                #expect(try await found("\(first) -\(second)", on: device) == one.subtracting(other))
                #expect(try await found("\(first) NOT \(second)", on: device) == one.subtracting(other))
                #expect(try await found("\(first) \(second)", on: device) == one.intersection(other))
            }
            let geographical = try await found("geographical", on: device)
            #expect(try await found("geog*", on: device) == geographical)
            #expect(try await found("geog", on: device).isEmpty)
            #expect(try await found("\"publicity week\"", on: device).isSubset(of: try await found("publicity week", on: device)))
            #expect(!(try await found("\"publicity week\"", on: device)).isEmpty)
            for (search, reason) in [("*", "has no word to look for"), ("\"", "has no word to look for"),
                ("NOT trademark", "only leaves words out"), ("(week OR fair) Yunnan", "parentheses")] {
                let run = try await device.run(["list", "--search", search])
                #expect(run.status == 64 && run.stdout.isEmpty && run.stderrLines.count == 1, "\(run)")
                #expect(run.stderr.hasPrefix("reader: --search: ") && run.stderr.contains(reason), "\(run)")
            }
        }

        @Test("Tables show the local day (TZ honoured); JSON stays RFC 3339 UTC and names each article's source URL", .needsReferenceServer)
        func timesAndSources() async throws {
            let (corpus, device) = try await Self.synced()
            let shanghai = ["TZ": "Asia/Shanghai"]
            let listed = try await device.succeed(["list", "--json", "--limit", "1000"]).json([ListedArticle].self)
            #expect(listed.allSatisfy { $0.sourceURL == corpus.endpoint }, "\(listed.prefix(2))")
            let inShanghai = try await device.succeed(["list", "--json", "--limit", "1000"], environment: shanghai)
            #expect(try inShanghai.json([ListedArticle].self).map(\.published) == listed.map(\.published))
            #expect(listed.allSatisfy { $0.published.hasSuffix("Z") })
            // An article published after 16:00 UTC is on the next day in Shanghai (UTC+8).
            let late = try #require(listed.first { Int($0.published.dropFirst(11).prefix(2)) ?? 0 >= 16 })
            let utcDay = String(late.published.prefix(10))
            let midnight = try #require(ISO8601DateFormatter().date(from: utcDay + "T00:00:00Z"))
            let shanghaiDay = String(ISO8601DateFormatter().string(from: midnight.addingTimeInterval(86_400)).prefix(10))
            func row(_ environment: [String: String]) async throws -> String? {
                try await device.succeed(["list", "--limit", "1000"], environment: environment).stdout
                    .split(separator: "\n").map(String.init).first { $0.hasSuffix(late.id) }
            }
            #expect(try await row(["TZ": "UTC"])?.hasPrefix(utcDay) == true)
            #expect(try await row(shanghai)?.hasPrefix(shanghaiDay) == true)

            let sources = try await device.succeed(["feeds", "list", "--json"]).stdout
            #expect(sources.contains("\"url\" : \"\(corpus.endpoint)\""), "\(sources)")
            let status = try await device.succeed(["status", "--json"]).stdout
            #expect(status.contains("\"articles\" : 120"), "\(status)")
            try await device.succeed(["retention", "set", "--max-age", "90d"])
            let retention = try await device.succeed(["retention", "--json"]).stdout
            #expect(retention.contains("\"max_age_s\" : 7776000"), "\(retention)")
        }

        /// One source's result in `sync --json`, with the fields this suite reads.
        private struct SyncResult: Decodable {
            var url: String
            var result: String
            var new: Int?
            var pages: Int?
            var error: String?
        }

        /// `doctor --json`, with the fields this suite reads.
        private struct DoctorCheck: Decodable {
            var path: String
            var healthy: Bool
            var problems: [String]
        }

        @Test("`sync --json` prints each source's result and `doctor --json` the cache's health, for scripts", .needsReferenceServer)
        func syncAndDoctorPrintJSON() async throws {
            let sandbox = try Sandbox()
            try sandbox.serve(fixture: try Sandbox.fixture("seeds", format: "rss"), as: "seeds.xml")
            let corpus = try await ServedCorpus.start(
                count: 30, seed: 16, ["--page-limit-max", "10", "--feeds", sandbox.feeds.path], in: sandbox)
            let feed = corpus.server.feed("seeds.xml")
            let device = try sandbox.device()
            let first = try await device.succeed(["sync", "--endpoint", corpus.endpoint, "--json"])
            let results = try first.json([SyncResult].self)
            #expect(results.map(\.url) == [corpus.endpoint] && results.map(\.result) == ["synced"], "\(first)")
            #expect(results.first?.new == 30 && results.first?.pages == 3, "\(first)")
            try await device.succeed(["sync", "--endpoint", feed])
            let both = try await device.succeed(["sync", "--force", "--json"]).json([SyncResult].self)
            #expect(Set(both.map(\.url)) == [corpus.endpoint, feed], "\(both)")
            #expect(both.first { $0.url == corpus.endpoint }?.new == 0)
            #expect(both.first { $0.url == feed }?.result == "not_modified", "\(both)")
            #expect(both.allSatisfy { $0.error == nil })

            let doctor = try await device.succeed(["doctor", "--json"]).json(DoctorCheck.self)
            #expect(doctor.healthy && doctor.problems.isEmpty && doctor.path == device.database.path, "\(doctor)")
        }

        @Test("The table fits COLUMNS when narrower than 100; no colour when piped or with NO_COLOR, colour on a terminal", .needsReferenceServer)
        func tableWidthAndColour() async throws {
            let (corpus, device) = try await Self.synced()
            defer { withExtendedLifetime(corpus) {} }
            let wide = try await device.succeed(["list"]).stdout.split(separator: "\n")
            #expect(wide.contains { DisplayWidth.of(String($0)) > 60 } && wide.allSatisfy { DisplayWidth.of(String($0)) <= 100 })
            let narrow = try await device.succeed(["list"], environment: ["COLUMNS": "60"]).stdout.split(separator: "\n")
            #expect(narrow.count == wide.count && narrow.allSatisfy { DisplayWidth.of(String($0)) <= 60 }, "\(narrow)")
            #expect(!wide.joined().contains("\u{1B}"))

            let coloured = try await device.runInTerminal(["list"], columns: 80)
            #expect(coloured.output.contains("\u{1B}[1;36m*\u{1B}[0m"), "\(coloured.output.prefix(400))")
            let plain = try await device.runInTerminal(["list"], columns: 80, environment: ["NO_COLOR": "1"])
            #expect(!plain.output.contains("\u{1B}[1;36m") && plain.output.contains("*"))
            let error = try await device.runInTerminal(["list", "--before", "0000000000000000"], columns: 80)
            #expect(error.output.contains("\u{1B}[1;31mreader:\u{1B}[0m"), "\(error.output)")
        }

        @Test("-v logs each step to stderr through swift-log, -q prints only errors, and not both", .needsReferenceServer)
        func verboseAndQuiet() async throws {
            let corpus = try await ServedCorpus.start(count: 30, seed: 16, ["--page-limit-max", "10"])
            let device = try corpus.sandbox.device()
            let verbose = try await device.succeed(["sync", "--endpoint", corpus.endpoint, "-v"])
            #expect(verbose.stderr.contains("info reader: [reader] opening the cache at \(device.database.path)"), "\(verbose)")
            #expect(verbose.stderr.contains("debug reader: [reader] \(corpus.endpoint): fetching articles, 3 pages"), "\(verbose)")
            #expect(verbose.stdout.contains("30 new"))
            let quiet = try await device.succeed(["sync", "--quiet"])
            #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet)")
            let ids = try await device.ids()
            let marked = try await device.succeed(["read", ids[0], "-q"])
            #expect(marked.stdout.isEmpty && marked.stderr.isEmpty, "\(marked)")
            #expect(try await device.succeed(["list", "-q", "--limit", "1"]).stdout.contains(ids[0]))
            let both = try await device.run(["status", "-v", "-q"])
            #expect(both.status == 64 && both.stderrLines == ["reader: give --verbose or --quiet, not both (see `reader status --help`)"], "\(both)")
        }

        @Test("Rough edges: a missing cache, a mistyped command, a negative limit, an unknown option")
        func roughEdges() async throws {
            let sandbox = try Sandbox()
            let device = try sandbox.device()
            let missing = sandbox.root.appendingPathComponent("no/such/dir/x.sqlite").path
            let readOnly = [
                ["list"], ["show", "0000000000000000"], ["status"], ["provinces"], ["feeds", "list"], ["retention"],
                ["feeds", "export"], ["prune", "--dry-run"],
            ]
            for command in readOnly {
                let child = try ChildProcess(
                    executable: device.binary, arguments: command + ["--db", missing], environment: device.cleanEnvironment)
                let status = await child.exitStatus(within: .seconds(60))
                let stderr = String(decoding: child.standardError, as: UTF8.self)
                #expect(status == 1 && stderr.split(separator: "\n").count == 1, "\(command): \(stderr)")
                #expect(stderr.contains("there is no cache at \(missing) yet") && stderr.contains("reader sync --endpoint URL"))
            }
            // Discovery reads the web, not the cache (port 1 refuses: it fails, and still creates nothing).
            let discover = try await device.run(["feeds", "discover", "http://127.0.0.1:1/", "--db", missing])
            #expect(discover.status == 1 && discover.stderrLines.count == 1, "\(discover)")
            #expect(!FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("no").path))

            try await device.succeed(["retention", "set", "--max-count", "100"])
            let empty = try await device.succeed(["list"])
            #expect(empty.stdout == "No articles yet: add a source and sync it with `reader sync --endpoint URL`.\n")

            for (arguments, line) in [
                (["lsit"], "reader: unknown command 'lsit'; did you mean `list`? (`reader --help` lists the commands)"),
                (["list", "--limit", "-3"], "reader: --limit: must be a positive whole number, not \"-3\" (see `reader list --help`)"),
                (["read", "--frob"], "reader: unknown option '--frob'. Did you mean '--db'? (see `reader read --help`)"),
            ] {
                let run = try await device.run(arguments)
                #expect(run.status == 64 && run.stderr == line + "\n", "\(run)")
            }
        }
    }
}
