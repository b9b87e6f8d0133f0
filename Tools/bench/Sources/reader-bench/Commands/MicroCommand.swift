import ArgumentParser
import Foundation

/// `reader-bench micro`: parse throughput per format, page apply throughput,
/// tagging throughput, and mark-read / bookmark latency with the outbox write.
struct MicroCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "micro", abstract: "In-library micro-benchmarks.",
        discussion: "Works in a temporary folder it removes. Prints text, or one JSON line with --json.")

    @Option(help: "Items per feed document in the parse benchmark.")
    var parseItems = 5000

    @Option(help: "Articles per cache in the apply benchmark.")
    var applyArticles = 20_000

    @Option(help: "Articles per apply page.")
    var pageSize = 1000

    @Option(help: "State changes of each kind in the mark benchmark.")
    var marks = 1000

    @Option(help: "Repetitions (medians are reported).")
    var runs = 5

    @Flag(help: "Print one JSON line instead of text.")
    var json = false

    func validate() throws {
        guard parseItems > 0, applyArticles >= marks, pageSize > 0, marks > 0, runs > 0 else {
            throw ValidationError("sizes must be positive, and --apply-articles at least --marks.")
        }
    }

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let tag = TagBenchmark(articles: applyArticles, runs: runs).run()
        let parse = try ParseBenchmark(items: parseItems, runs: runs, folder: folder).run()
        let (apply, store) = try await ApplyBenchmark(
            articles: applyArticles, pageSize: pageSize, runs: max(1, min(runs, 3)), folder: folder
        ).run()
        let mark = try await MarkBenchmark(marks: marks).run(on: store)
        let report = MicroReport(parse: parse, apply: apply, tag: tag, mark: mark)
        if json {
            try printJSON(report)
        } else {
            report.printText()
        }
    }
}

/// Everything `reader-bench micro` measured.
struct MicroReport: Encodable {
    var parse: [ParseReport]
    var apply: ApplyReport
    var tag: TagReport
    var mark: MarkReport

    func printText() {
        for format in parse {
            print("parse \(format.format): \(rounded(format.megabytesPerSecond)) MB/s, \(Int(format.itemsPerSecond)) items/s")
        }
        print("apply new: \(Int(apply.newArticlesPerSecond)) articles/s (pages of \(apply.pageSize)), CPU \(rounded(apply.newCPUMicrosecondsPerArticle)) µs/article")
        print("apply unchanged: \(Int(apply.unchangedArticlesPerSecond)) articles/s, CPU \(rounded(apply.unchangedCPUMicrosecondsPerArticle)) µs/article")
        print("apply new, newest first: \(Int(apply.newestFirstArticlesPerSecond)) articles/s, CPU \(rounded(apply.newestFirstCPUMicrosecondsPerArticle)) µs/article")
        print("map, tag and prepare search text: \(Int(apply.mapAndTagArticlesPerSecond)) articles/s")
        print("tag only: \(Int(tag.articlesPerSecond)) articles/s, \(rounded(tag.megabytesPerSecond)) MB/s, CPU \(rounded(tag.cpuMicrosecondsPerArticle)) µs/article, index built in \(rounded(tag.indexMilliseconds)) ms")
        print("mark read: p50 \(rounded(mark.readP50Milliseconds)) ms, p99 \(rounded(mark.readP99Milliseconds)) ms")
        print("bookmark: p50 \(rounded(mark.bookmarkP50Milliseconds)) ms, p99 \(rounded(mark.bookmarkP99Milliseconds)) ms")
    }

    private func rounded(_ value: Double) -> String {
        String((value * 1000).rounded() / 1000)
    }
}
