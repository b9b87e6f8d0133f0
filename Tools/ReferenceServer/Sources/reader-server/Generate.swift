import ArgumentParser
import CorpusGenerator
import Foundation

extension ReaderServerCommand {
    /// Writes a synthetic corpus as one feed document.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a synthetic corpus as one RSS, Atom or JSON Feed document.",
            discussion: "The same count, seed and format always give the same bytes.")

        @Option(help: "How many articles.")
        var count: Int

        @Option(help: "The corpus seed.")
        var seed: UInt64 = 1

        @Option(help: "rss, atom or json.")
        var format = "rss"

        @Option(name: .customLong("out"), help: "The file to write, or - for standard output.")
        var outputPath: String

        func validate() throws {
            guard count >= 0 else { throw ValidationError("--count must not be negative") }
            guard CorpusFormat(rawValue: format) != nil else {
                throw ValidationError("--format must be rss, atom or json, not \(format)")
            }
        }

        func run() throws {
            let writer = CorpusWriter(
                corpus: CorpusGenerator(count: count, seed: seed), format: CorpusFormat(rawValue: format) ?? .rss)
            guard outputPath != "-" else {
                try writer.write(to: FileHandle.standardOutput)
                return
            }
            guard FileManager.default.createFile(atPath: outputPath, contents: nil) else {
                throw OutputError(path: outputPath)
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            defer { try? handle.close() }
            try writer.write(to: handle)
        }
    }
}

/// The output file could not be created.
private struct OutputError: Error, CustomStringConvertible {
    let path: String

    var description: String { "cannot create \(path)" }
}
