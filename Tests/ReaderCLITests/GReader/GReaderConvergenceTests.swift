import Foundation
import ReaderTestSupport
import Testing

extension EndToEnd {
    /// Issue 12: two phones on one account, kills and faults.
    @Suite("Issue 12: account state across phones, kills and faults", .needsReferenceServer)
    struct GReaderConvergenceTests {
        /// One step of two phones' day.
        enum Step {
            /// Phone `phone` runs `reader <command>` on the articles `articles` (offline, instant).
            case mark(phone: Int, command: String, articles: Range<Int>)
            /// Phone `phone` syncs (and fails while the server is down).
            case sync(phone: Int)
            /// The server stops.
            case down
            /// The server starts again, with its database.
            case up
        }

        /// Overlapping marks of both phones, some made while the server is
        /// down; each phone syncs in turn. Google Reader servers keep no
        /// clock of a mark, so the phone that made the later of two
        /// overlapping offline marks syncs after the other.
        static let day: [Step] = [
            .mark(phone: 0, command: "read", articles: 0..<8), .sync(phone: 0), .sync(phone: 1),
            .mark(phone: 1, command: "bookmark", articles: 4..<12), .sync(phone: 1),
            .down,
            .mark(phone: 0, command: "bookmark", articles: 0..<6), .sync(phone: 0),
            .mark(phone: 0, command: "unread", articles: 2..<5),
            .mark(phone: 1, command: "read", articles: 6..<12), .sync(phone: 1),
            .up,
            .sync(phone: 0), .sync(phone: 1),
            .mark(phone: 1, command: "unbookmark", articles: 4..<6), .mark(phone: 1, command: "unread", articles: 0..<2),
            .sync(phone: 1),
            .down,
            .mark(phone: 0, command: "read", articles: 3..<4), .mark(phone: 0, command: "unbookmark", articles: 1..<3),
            .mark(phone: 1, command: "unread", articles: 3..<4), .mark(phone: 1, command: "bookmark", articles: 10..<12),
            .up,
            .sync(phone: 0), .sync(phone: 1), .sync(phone: 0), .sync(phone: 1),
        ]

        /// The flags the user's latest action gives each article, by its id:
        /// `[read, bookmarked]`, starting from `initial`.
        static func expected(_ ids: [String], initial: [String: [Bool]]) -> [String: [Bool]] {
            var flags = initial
            for case .mark(_, let command, let articles) in day {
                for index in articles {
                    switch command {
                    case "read": flags[ids[index]]?[0] = true
                    case "unread": flags[ids[index]]?[0] = false
                    case "bookmark": flags[ids[index]]?[1] = true
                    default: flags[ids[index]]?[1] = false
                    }
                }
            }
            return flags
        }

        @Test("Two phones marking overlapping articles, some while the server is down, converge on the latest action")
        func twoPhones() async throws {
            let sandbox = try Sandbox()
            let served = try await ServedAccount.start(count: 60, seed: 21, in: sandbox)
            var server: ServerProcess? = served.server
            let phones = [try sandbox.device("phone-a"), try sandbox.device("phone-b")]
            for phone in phones {
                try await served.addAccount(on: phone)
                try await phone.succeed(["sync"])
            }
            let initial = try await phones[0].flags()
            #expect(try await phones[1].flags() == initial, "both phones see the same articles")
            let ids = Array(initial.keys.sorted().prefix(12))
            for step in Self.day {
                switch step {
                case .mark(let phone, let command, let articles):
                    try await phones[phone].succeed([command] + ids[articles])
                case .sync(let phone):
                    let run = try await phones[phone].run(["sync"])
                    #expect((run.status == 0) == (server != nil), "\(run)")
                case .down:
                    await server?.stop()
                    server = nil
                case .up:
                    server = try await served.server.restart()
                }
            }
            defer { Task { [server] in await server?.stop() } }
            let expected = Self.expected(ids, initial: initial)
            #expect(try await phones[0].flags() == expected)
            #expect(try await phones[1].flags() == expected)
            for phone in phones { #expect(try await phone.outboxCount() == 0) }
            let onServer = try await GReaderProbe(endpoint: served.endpoint).flags(
                user: ServedAccount.user, password: ServedAccount.password)
            let local = try await phones[0].flagsByURL()
            #expect(onServer == local)
        }

        @Test("A sync killed at 10 random moments, pushes included, ends equal to an uninterrupted one")
        func killedAndResumed() async throws {
            let sandbox = try Sandbox()
            // Two servers with the same corpus: one for the killed phone, one for the reference.
            let killedServer = try await ServedAccount.start(count: 1500, seed: 31, in: sandbox)
            let cleanServer = try await ServedAccount.start(count: 1500, seed: 31, in: sandbox)
            let killed = try sandbox.device("killed")
            let clean = try sandbox.device("clean")
            try await killedServer.addAccount(on: killed, ["--window", "2000"])
            try await cleanServer.addAccount(on: clean, ["--window", "2000"])
            var timed = try await clean.succeed(["sync"])

            // The killed phone's first sync is killed too, then marks (1,500
            // of them: two edit-tag chunks) are pushed by killed syncs.
            let rounds: [[String]] = [
                [], ["read", "--all"], ["bookmark", "--all", "--province", "Yunnan"], ["unread", "--all", "--search", "patent"],
                ["bookmark", "--all"], ["unbookmark", "--all", "--province", "Guangdong"], ["read", "--all", "--province", "Tibet"],
                ["unread", "--all"], ["read", "--all", "--search", "trademark"], ["unbookmark", "--all", "--search", "office"],
            ]
            var random = SeededRandom(seed: 45)
            var interrupted = 0
            for edit in rounds {
                if !edit.isEmpty {
                    try await killed.succeed(edit)
                    try await clean.succeed(edit)
                    timed = try await clean.succeed(["sync"])
                }
                // A moment within the time the same sync took the clean phone.
                let longestWait = max(0.03, timed.duration.seconds * 0.9)
                let sync = try killed.start(["sync"])
                try await Task.sleep(for: .seconds(Double.random(in: 0.01...longestWait, using: &random)))
                if sync.isRunning { interrupted += 1 }
                sync.send(SIGKILL)
                #expect(await sync.exitStatus(within: .seconds(30)) != nil)
                if edit.isEmpty {
                    // The first window resumes; the marks that follow then name the same articles on both phones.
                    try await killed.succeed(["sync"])
                    #expect(Set(try await killed.articles().map(\.title)) == Set(try await clean.articles().map(\.title)))
                }
            }
            #expect(interrupted >= 5, "only \(interrupted) of \(rounds.count) kills hit a running sync")
            try await killed.succeed(["sync"])
            try await killed.succeed(["sync"])
            #expect(try await killed.outboxCount() == 0)

            let killedFlags = try await killed.flagsByURL()
            #expect(killedFlags.count == 1500)
            let cleanFlags = try await clean.flagsByURL()
            let differing = killedFlags.filter { cleanFlags[$0.key] != $0.value }
            #expect(differing.isEmpty, "\(differing.count) differ, e.g. \(differing.prefix(3)) vs \(differing.prefix(3).map { cleanFlags[$0.key] })")
            #expect(try await killedServer.flags() == killedFlags, "the server holds every mark, each with its meaning")
            #expect(Set(try await killed.articles().map(\.title)) == Set(try await clean.articles().map(\.title)))
        }

        @Test("With 30% of requests failing (500, 503 with Retry-After, 429, cut bodies) the sync ends equal to a clean one")
        func faults() async throws {
            let sandbox = try Sandbox()
            let faulty = try await ServedAccount.start(count: 600, seed: 41, in: sandbox)
            let cleanServer = try await ServedAccount.start(count: 600, seed: 41, in: sandbox)
            let device = try sandbox.device("faulty")
            let clean = try sandbox.device("clean")
            try await faulty.addAccount(on: device)
            try await cleanServer.addAccount(on: clean)
            try await faulty.server.admin.setFaults(
                .init(failRate: 0.2, failStatuses: [500, 503, 429], truncateRate: 0.1, seed: 7))
            /// Syncs until a sync completes (at most 5 tries), as a phone would on its next refreshes.
            func syncThroughFaults() async throws {
                var attempts = 0
                var synced = false
                while !synced && attempts < 5 {
                    attempts += 1
                    synced = try await device.run(["sync"]).status == 0
                }
                #expect(synced, "no sync completed in \(attempts) tries")
            }
            try await syncThroughFaults()
            try await clean.succeed(["sync"])
            #expect(Set(try await device.articles().map(\.title)) == Set(try await clean.articles().map(\.title)))
            for edit in [["read", "--all", "--province", "Yunnan"], ["bookmark", "--all", "--search", "patent"]] {
                try await device.succeed(edit)
                try await clean.succeed(edit)
            }
            try await syncThroughFaults()
            try await clean.succeed(["sync"])
            try await faulty.server.admin.setFaults(.init())
            #expect(try await device.flagsByURL() == (try await clean.flagsByURL()))
            #expect(try await device.outboxCount() == 0)
            #expect(try await faulty.flags() == (try await device.flagsByURL()))
        }
    }
}
