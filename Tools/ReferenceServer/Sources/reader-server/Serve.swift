import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ReaderModels
import ReferenceServerCore

extension ReaderServerCommand {
    /// Runs the server until SIGTERM or SIGINT. The bound port is the first
    /// line of standard output, alone; logs go to standard error.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the Sync API (/api), static feeds (/feeds), the admin API (/admin), and the GReader API.",
            discussion: """
                The port the server listens on is printed as the first line of standard output \
                (useful with --port 0). Without --db the database is a temporary file, removed on exit.

                With --greader-user and --greader-password, the Google Reader API (as FreshRSS serves it) \
                answers under /api/greader.php/ over the same articles: log in with accounts/ClientLogin, \
                then reader/api/0/... with Authorization: GoogleLogin auth=<Auth>. Articles are split into \
                --greader-feeds subscriptions feed/1...feed/N (folders News and Provinces); item ids are \
                2^53 plus a microsecond time, increasing in publish order.
                """)

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on; 0 picks a free one.")
        var port = 8080

        @Option(name: .customLong("db"), help: "The server's SQLite database (default: a temporary file).")
        var databasePath: String?

        @Option(
            name: .customLong("feeds"),
            help: "A directory served under /feeds/, with web pages for feed discovery at /, /about and /feed.")
        var feedsDirectory: String?

        @Option(
            name: .customLong("import"), parsing: .upToNextOption,
            help: "Feed files (RSS, Atom, JSON Feed) whose items the Sync API publishes.")
        var importPaths: [String] = []

        @Option(name: .customLong("corpus"), help: "Publish a synthetic corpus of this many articles.")
        var corpusCount: Int?

        @Option(help: "The seed of the synthetic corpus.")
        var seed: UInt64 = 1

        @Option(help: "The bearer token /api requires (default: none).")
        var token: String?

        @Option(help: "The bearer token /admin requires; without it the admin API is off.")
        var adminToken: String?

        @Option(
            help: """
                Prune tombstones more than N article changes behind the head; a cursor from before \
                the newest pruned tombstone then answers 410 cursor_expired (default: keep all).
                """)
        var retention: Int?

        @Option(help: "The largest page limit accepted.")
        var pageLimitMax = 1000

        @Option(help: "The title announced in discovery.")
        var title = "Reader reference server"

        @Option(
            help: """
                Refuse a state push whose clocks run more than this many ms ahead of the server's time \
                (400 clock_ahead); 0 accepts any clock.
                """)
        var clockBoundMs: Int64 = ClockBound.standard.maxAheadMS

        @Option(help: "trace, debug, info, notice, warning, error or critical.")
        var logLevel = "info"

        @OptionGroup(title: "Google Reader API (/api/greader.php/, over the same articles; off without a user)")
        var greader: GReaderOptions

        @OptionGroup(title: "Fault injection (/api, /api/greader.php and /feeds; change at runtime with PUT /admin/faults)")
        var faults: FaultOptions

        func validate() throws {
            guard Logger.Level(rawValue: logLevel) != nil else {
                throw ValidationError("unknown log level \(logLevel)")
            }
            if let problem = makeConfiguration(databasePath: databasePath ?? "unused").problem {
                throw ValidationError(problem)
            }
        }

        mutating func run() async throws {
            let temporaryDatabase = databasePath == nil ? Self.temporaryDatabasePath() : nil
            defer { temporaryDatabase.map(Self.removeDatabase) }
            let configuration = makeConfiguration(databasePath: databasePath ?? temporaryDatabase)
            let app = try await buildApplication(configuration: configuration) { port in
                // Unbuffered, so a test reading the first line sees it at once.
                FileHandle.standardOutput.write(Data("\(port)\n".utf8))
            }
            try await app.runService()
        }

        /// The server configuration these options describe.
        func makeConfiguration(databasePath: String?) -> ServerConfiguration {
            ServerConfiguration(
                host: host, port: port, databasePath: databasePath, feedsDirectory: feedsDirectory,
                importPaths: importPaths, corpusCount: corpusCount, corpusSeed: seed, token: token,
                adminToken: adminToken, retention: retention, pageLimitMax: pageLimitMax, title: title,
                faults: faults.settings, logLevel: Logger.Level(rawValue: logLevel) ?? .info,
                clockBound: clockBoundMs == 0 ? nil : ClockBound(maxAheadMS: clockBoundMs), greader: greader.settings)
        }

        private static func temporaryDatabasePath() -> String {
            FileManager.default.temporaryDirectory
                .appendingPathComponent("reader-server-\(UUID().uuidString).sqlite").path
        }

        private static func removeDatabase(at path: String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
