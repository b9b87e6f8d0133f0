import CorpusGenerator
import Foundation
import ReaderCore

/// Parse throughput of `FeedParser` per format, on documents of the synthetic corpus,
/// read as a sync reads them: with the document's URL as the base of relative links.
struct ParseBenchmark {
    let items: Int
    let runs: Int
    let folder: URL

    /// Megabytes (10^6 bytes) of document parsed per second, median of `runs`, per format.
    func run() throws -> [ParseReport] {
        try CorpusFormat.allCases.map { format in
            let file = folder.appendingPathComponent("parse.\(format.rawValue)")
            guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                throw BenchError("cannot create \(file.path)")
            }
            let handle = try FileHandle(forWritingTo: file)
            try CorpusWriter(corpus: CorpusGenerator(count: items, seed: 7), format: format).write(to: handle)
            try handle.close()
            let data = try Data(contentsOf: file)
            var samples = Samples()
            for _ in 0..<runs {
                let clock = ContinuousClock()
                let start = clock.now
                let feed = try FeedParser.parse(
                    data, contentType: format.contentType, baseURL: "https://bench.example/feed.\(format.rawValue)")
                samples.append(clock.now - start)
                guard feed.items.count == items else {
                    throw BenchError("\(format.rawValue): parsed \(feed.items.count) of \(items) items")
                }
            }
            return ParseReport(
                format: format.rawValue, bytes: data.count, items: items,
                megabytesPerSecond: Double(data.count) / 1e6 / samples.median,
                itemsPerSecond: Double(items) / samples.median)
        }
    }
}

/// One format's parse throughput.
struct ParseReport: Encodable {
    var format: String
    var bytes: Int
    var items: Int
    var megabytesPerSecond: Double
    var itemsPerSecond: Double
}

extension CorpusFormat {
    /// The `Content-Type` a server sends with a document of this format.
    var contentType: String {
        switch self {
        case .rss: "application/rss+xml; charset=utf-8"
        case .atom: "application/atom+xml; charset=utf-8"
        case .json: "application/feed+json; charset=utf-8"
        }
    }
}
