import ArgumentParser
import CorpusGenerator
import Foundation
import ReaderHTTP
import ReaderModels
import ReaderCurl
import ReferenceServerCore
import Testing

@testable import reader_server

@Suite("reader-server command line")
struct CommandLineTests {
    @Test("serve is the default command and its flags fill the configuration")
    func serveFlags() throws {
        let command = try ReaderServerCommand.parseAsRoot([
            "--port", "0", "--feeds", "Fixtures/feeds", "--import", "a.xml", "b.json", "--corpus", "10", "--seed", "5",
            "--token", "t", "--retention", "50", "--fail-rate", "0.3", "--fail-statuses", "500,503",
            "--truncate-rate", "0.1", "--overlap", "--expire-cursor", "abc", "--expire-cursor", "def",
            "--fault-seed", "9", "--latency-ms", "20",
        ])
        let serve = try #require(command as? ReaderServerCommand.Serve)
        let configuration = serve.makeConfiguration(databasePath: "/tmp/x.sqlite")
        #expect(configuration.port == 0)
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.feedsDirectory == "Fixtures/feeds")
        #expect(configuration.importPaths == ["a.xml", "b.json"])
        #expect(configuration.corpusCount == 10 && configuration.corpusSeed == 5)
        #expect(configuration.token == "t" && configuration.adminToken == nil)
        #expect(configuration.retention == 50 && configuration.pageLimitMax == 1000)
        #expect(
            configuration.faults
                == FaultSettings(
                    latencyMS: 20, failRate: 0.3, failStatuses: [500, 503], truncateRate: 0.1, overlap: true,
                    expiredCursors: ["abc", "def"], seed: 9))
    }

    @Test("the GReader flags fill the configuration; a user needs a password; off without them")
    func greaderFlags() throws {
        let command = try ReaderServerCommand.parseAsRoot([
            "--greader-user", "alice", "--greader-password", "pw", "--greader-feeds", "6", "--greader-token-uses", "3",
            "--greader-high-id",
        ])
        let serve = try #require(command as? ReaderServerCommand.Serve)
        #expect(
            serve.makeConfiguration(databasePath: nil).greader
                == GReaderSettings(user: "alice", password: "pw", feedCount: 6, tokenUses: 3, highFirstID: true))
        let plain = try #require(try ReaderServerCommand.parseAsRoot([]) as? ReaderServerCommand.Serve)
        #expect(plain.makeConfiguration(databasePath: nil).greader == nil)
        #expect(throws: (any Error).self) { try ReaderServerCommand.parseAsRoot(["--greader-user", "alice"]) }
        #expect(throws: (any Error).self) {
            try ReaderServerCommand.parseAsRoot(["--greader-user", "al-ice", "--greader-password", "pw"])
        }
        #expect(throws: (any Error).self) {
            try ReaderServerCommand.parseAsRoot(["--greader-user", "a", "--greader-password", "p", "--greader-feeds", "0"])
        }
    }

    @Test("the clock bound is 5 minutes unless --clock-bound-ms says otherwise; 0 turns it off")
    func clockBoundFlag() throws {
        func bound(_ arguments: [String]) throws -> ClockBound? {
            let serve = try #require(try ReaderServerCommand.parseAsRoot(arguments) as? ReaderServerCommand.Serve)
            return serve.makeConfiguration(databasePath: nil).clockBound
        }
        #expect(try bound([]) == .standard)
        #expect(try bound(["--clock-bound-ms", "1000"]) == ClockBound(maxAheadMS: 1000))
        #expect(try bound(["--clock-bound-ms", "0"]) == nil)
    }

    @Test("out-of-range flags are usage errors", arguments: [
        ["--fail-rate", "1.5"], ["--fail-statuses", "500,abc"], ["--fail-statuses", "200"], ["--retention", "0"],
        ["--page-limit-max", "0"], ["--log-level", "loud"], ["--port", "70000"], ["--clock-bound-ms", "-5"],
    ])
    func badFlags(arguments: [String]) {
        #expect(throws: (any Error).self) { try ReaderServerCommand.parseAsRoot(arguments) }
    }

    @Test("generate writes the corpus document the writer makes")
    func generate() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("corpus.json").path
            var command = try ReaderServerCommand.parseAsRoot([
                "generate", "--count", "25", "--seed", "4", "--format", "json", "--out", path,
            ])
            try command.run()
            let expected = directory.appendingPathComponent("expected.json")
            #expect(FileManager.default.createFile(atPath: expected.path, contents: nil))
            let handle = try FileHandle(forWritingTo: expected)
            try CorpusWriter(corpus: CorpusGenerator(count: 25, seed: 4), format: .json).write(to: handle)
            try handle.close()
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: expected))
            #expect(throws: (any Error).self) {
                try ReaderServerCommand.parseAsRoot(["generate", "--count", "1", "--format", "csv", "--out", path])
            }
        }
    }

    @Test("the binary prints its port first, serves, and exits 0 on SIGTERM")
    func binaryPrintsPortAndStops() async throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("reader-server")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build reader-server first")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--port", "0", "--corpus", "5", "--token", "tok", "--log-level", "error"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let firstLine = try await Self.firstLine(of: output.fileHandleForReading)
        let port = try #require(Int(firstLine), "first line: \(firstLine)")
        let response = try await CurlTransport().send(
            HTTPRequest(url: "http://127.0.0.1:\(port)/api/v1/articles", headers: ["Authorization": "Bearer tok"]))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self).contains("\"has_more\":false"))

        process.terminate()
        await Self.waitForExit(process)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    /// The first line `handle` gives, read off the cooperative pool.
    private static func firstLine(of handle: FileHandle) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                var bytes: [UInt8] = []
                while !bytes.contains(UInt8(ascii: "\n")) {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    bytes += chunk
                }
                guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
                    continuation.resume(throwing: CocoaError(.fileReadUnknown))
                    return
                }
                continuation.resume(returning: String(decoding: bytes[..<end], as: UTF8.self))
            }
        }
    }

    private static func waitForExit(_ process: Process) async {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
    }
}
