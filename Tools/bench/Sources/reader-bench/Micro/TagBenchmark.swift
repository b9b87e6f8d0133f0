import CorpusGenerator
import Foundation
import ReaderCore

/// Tagging throughput of `ProvinceTagger.standard` alone, on the title and body
/// text of synthetic corpus articles (English and Chinese), the text a sync tags.
///
/// The texts are prepared before timing, so the figure is the tagger's own.
struct TagBenchmark {
    let articles: Int
    let runs: Int

    /// Articles and megabytes (10^6 bytes) tagged per second, and the CPU time per article
    /// (of the tagging thread, so the figure hardly moves with the machine's load), medians of `runs`.
    func run() -> TagReport {
        let corpus = CorpusGenerator(count: articles, seed: 11)
        let texts = corpus.articles.map { wire in
            wire.title + "\n" + (wire.contentHTML.map { HTMLText.plainText(fromHTML: $0) } ?? wire.summary ?? "")
        }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let clock = ContinuousClock()
        let indexStart = clock.now
        let tagger = ProvinceTagger.standard
        _ = tagger.provinces(in: "Kunming")  // builds the index, timed on its own
        let indexTime = clock.now - indexStart
        var samples = Samples()
        var cpuSamples = Samples()
        var tagged = 0
        for _ in 0..<runs {
            let start = clock.now
            let cpuStart = threadCPUTime()
            for text in texts { tagged &+= tagger.provinces(in: text).count }
            cpuSamples.append(threadCPUTime() - cpuStart)
            samples.append(clock.now - start)
        }
        return TagReport(
            articles: articles, bytes: bytes, provincesFound: tagged / runs, indexMilliseconds: indexTime.seconds * 1000,
            articlesPerSecond: Double(articles) / samples.median,
            megabytesPerSecond: Double(bytes) / 1e6 / samples.median,
            cpuMicrosecondsPerArticle: cpuSamples.median * 1e6 / Double(articles))
    }

    /// The CPU time the calling thread has used so far.
    private func threadCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}

/// The tagger's throughput.
struct TagReport: Encodable {
    var articles: Int
    var bytes: Int
    /// Provinces found over all articles in one run, so that the work cannot be optimised away.
    var provincesFound: Int
    /// The time the first call took to build the gazetteer's index.
    var indexMilliseconds: Double
    var articlesPerSecond: Double
    var megabytesPerSecond: Double
    var cpuMicrosecondsPerArticle: Double
}
