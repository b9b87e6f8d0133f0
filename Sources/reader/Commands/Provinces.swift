import ArgumentParser
import ReaderCore

/// `reader provinces`: article counts per province.
struct Provinces: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Count cached articles per province.")

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Print a JSON object of counts by canonical name.")
    var json = false

    func run() async throws {
        try await reportingErrors {
            let counts = try await options.openCacheForReading().provinceCounts()
            let rows = Province.allCases.map { ($0, counts[$0] ?? 0) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            if json {
                print(try JSONOutput.text(of: Dictionary(uniqueKeysWithValues: rows.map { ($0.0.name, $0.1) })))
                return
            }
            for (province, count) in rows {
                print(DisplayWidth.fit("\(province.name) \(province.chineseName)", to: 24) + String(count))
            }
        }
    }
}
