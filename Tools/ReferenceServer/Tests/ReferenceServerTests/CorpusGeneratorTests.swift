import CorpusGenerator
import Foundation
import ReaderFeeds
import ReaderModels
import ReaderProvinces
import Testing

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    /// Writes `corpus` in `format` to a file in `directory` and reads it back.
    private func document(_ corpus: CorpusGenerator, _ format: CorpusFormat, in directory: URL) throws -> Data {
        let url = directory.appendingPathComponent("\(UUID().uuidString).\(format.fileExtension)")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try CorpusWriter(corpus: corpus, format: format).write(to: handle)
        try handle.close()
        return try Data(contentsOf: url)
    }

    @Test("the same seed writes the same bytes; another seed does not", arguments: CorpusFormat.allCases)
    func sameSeedSameBytes(format: CorpusFormat) async throws {
        try await withTemporaryDirectory { directory in
            let first = try document(CorpusGenerator(count: 300, seed: 42), format, in: directory)
            let second = try document(CorpusGenerator(count: 300, seed: 42), format, in: directory)
            let other = try document(CorpusGenerator(count: 300, seed: 43), format, in: directory)
            #expect(first.count > 300 * 400)
            #expect(first == second)
            #expect(first != other)
        }
    }

    @Test("a 1000-article corpus covers all 34 provinces, and the tagger finds each article's province")
    func provinceCoverage() {
        let corpus = CorpusGenerator(count: 1000, seed: 2020)
        var featured = Set<Province>()
        var tagged = Set<Province>()
        var missed: [String] = []
        for (index, article) in corpus.articles.enumerated() {
            let province = corpus.province(at: index)
            featured.insert(province)
            let text = [article.title, article.summary ?? "", article.contentHTML ?? ""].joined(separator: "\n")
            let found = ProvinceTagger.standard.provinces(in: text)
            tagged.formUnion(found)
            if !found.contains(province) { missed.append("\(article.id) (\(province.name))") }
        }
        #expect(featured == Set(Province.allCases))
        #expect(tagged == Set(Province.allCases))
        #expect(missed.isEmpty, "the tagger missed: \(missed.prefix(10))")
    }

    @Test("ids and titles are distinct; about 70% English; ~600-byte bodies about IP")
    func shapeOfTheCorpus() {
        let articles = Array(CorpusGenerator(count: 1000, seed: 7).articles)
        #expect(Set(articles.map(\.id)).count == 1000)
        #expect(Set(articles.map(\.title)).count == 1000)
        let english = articles.filter { $0.language == "en" }.count
        #expect((620...780).contains(english))
        #expect(articles.allSatisfy { $0.language == "en" || $0.language == "zh" })
        let sizes = articles.map { $0.contentHTML?.utf8.count ?? 0 }
        #expect(sizes.allSatisfy { (350...1000).contains($0) }, "body sizes \(sizes.min() ?? 0)...\(sizes.max() ?? 0)")
        let mean = sizes.reduce(0, +) / sizes.count
        #expect((450...800).contains(mean))
        let ipWords = ["patent", "trademark", "intellectual property", "知识产权", "专利", "商标"]
        let aboutIP = articles.filter { article in
            let text = (article.title + (article.contentHTML ?? "")).lowercased()
            return ipWords.contains { text.contains($0) }
        }
        #expect(aboutIP.count == articles.count)
    }

    @Test("dates spread over 2015-2024 in index order; a few articles are updated later")
    func datesSpreadOverYears() {
        let articles = Array(CorpusGenerator(count: 500, seed: 3).articles)
        let calendar = Calendar(identifier: .gregorian)
        let years = Set(articles.map { calendar.dateComponents(in: .gmt, from: $0.published).year ?? 0 })
        #expect(years == Set(2015...2024))
        #expect(zip(articles, articles.dropFirst()).allSatisfy { $0.published <= $1.published })
        let edited = articles.filter { $0.updated > $0.published }.count
        #expect((25...125).contains(edited))
        #expect(articles.allSatisfy { $0.updated >= $0.published })
    }

    @Test("every format parses back with the project's feed parser", arguments: CorpusFormat.allCases)
    func documentsParse(format: CorpusFormat) async throws {
        try await withTemporaryDirectory { directory in
            let corpus = CorpusGenerator(count: 60, seed: 11)
            let data = try document(corpus, format, in: directory)
            let feed = try FeedParser.parse(data, contentType: nil)
            #expect(feed.items.count == 60)
            #expect(feed.skipped.isEmpty)
            let expected = Array(corpus.articles)
            #expect(feed.items.map(\.title) == expected.map(\.title))
            #expect(feed.items.map { $0.uniqueID.hasSuffix(expected[0].id) }.first == true)
            #expect(feed.items.map(\.published) == expected.map { Optional($0.published) })
        }
    }

    @Test("Internet dates format in GMT and parse back")
    func internetDates() throws {
        let date = Date(timeIntervalSince1970: 1_587_369_600)  // 2020-04-20T08:00:00Z
        #expect(InternetDate.string(from: date) == "Mon, 20 Apr 2020 08:00:00 GMT")
        #expect(InternetDate.date(from: "Mon, 20 Apr 2020 08:00:00 GMT") == date)
        #expect(InternetDate.date(from: "Monday, 20-Apr-20 08:00:00 GMT") == nil)
        #expect(InternetDate.date(from: "garbage") == nil)
    }
}
