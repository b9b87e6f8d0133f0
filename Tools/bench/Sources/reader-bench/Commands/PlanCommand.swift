import ArgumentParser
import ReaderCore
@_spi(ReaderInternals) import ReaderStore

/// `reader-bench plan`: the query plans of the list queries the benchmark runs,
/// whether each walks an index, and how long each takes inside the process.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print EXPLAIN QUERY PLAN and in-process latency of the benchmark's list queries.")

    @Option(help: "The cache.")
    var db: String

    @Option(help: "The province of the province list.")
    var province = "Yunnan"

    @Option(help: "The English search word.")
    var english = "trademark"

    @Option(help: "The Chinese search word.")
    var chinese = "商标"

    @Option(help: "Rows per list.")
    var limit = 50

    @Option(help: "Timed repetitions of each query.")
    var runs = 20

    @Flag(help: "Print one JSON line instead of text.")
    var json = false

    func validate() throws {
        guard ProvinceName.province(named: province) != nil else { throw ValidationError("unknown province \(province)") }
        guard limit > 0, runs > 0 else { throw ValidationError("--limit and --runs must be positive.") }
    }

    func run() async throws {
        let store = try ArticleStore(path: db)
        var reports: [QueryReport] = []
        for (name, query) in queries {
            let plan = try await store.queryPlan(for: query)
            var samples = Samples()
            var rows = 0
            for _ in 0..<runs {
                let (entries, duration) = try await measure { try await store.articles(query) }
                rows = entries.count
                samples.append(duration)
            }
            reports.append(
                QueryReport(
                    name: name, plan: plan, verdict: PlanVerdict(plan: plan).description, rows: rows,
                    p50Milliseconds: samples.median * 1000, p99Milliseconds: samples.percentile(99) * 1000))
        }
        if json {
            try printJSON(reports)
            return
        }
        for report in reports {
            print("\(report.name): \(report.rows) rows, p50 \(format(report.p50Milliseconds)) ms, \(report.verdict)")
            for line in report.plan { print("    \(line)") }
        }
    }

    private var queries: [(String, ArticleQuery)] {
        [
            ("province", ArticleQuery(province: ProvinceName.province(named: province), limit: limit)),
            ("search-en", ArticleQuery(search: english, limit: limit)),
            ("search-zh", ArticleQuery(search: chinese, limit: limit)),
            ("unread", ArticleQuery(unreadOnly: true, limit: limit)),
        ]
    }

    private func format(_ milliseconds: Double) -> String {
        String(Double((milliseconds * 100).rounded()) / 100)
    }
}

/// One list query's plan and latency.
struct QueryReport: Encodable {
    var name: String
    var plan: [String]
    var verdict: String
    var rows: Int
    var p50Milliseconds: Double
    var p99Milliseconds: Double
}
