import Foundation
import ReaderTestSupport

/// What Python's feedparser reads from fixture documents, through
/// `Tools/feedparser-diff/dump.py` (Debian's `python3-feedparser`, which
/// `.ci/run` installs; `FEEDPARSER_PYTHON` names another interpreter).
struct FeedparserReference {
    /// One document to read: its fixture path, and how it is served.
    struct Document: Encodable {
        /// The path under `Fixtures/feeds/`.
        var path: String
        /// The HTTP `Content-Type` it is served with, if any.
        var contentType: String?
        /// The URL it is served from.
        var base: String

        enum CodingKeys: String, CodingKey {
            case path
            case contentType = "content_type"
            case base
        }
    }

    /// An entry as feedparser reads it.
    struct Item: Decodable {
        var title: String?
        var link: String?
        /// Unix seconds.
        var published: Int?
        /// Unix seconds.
        var updated: Int?
    }

    /// A document as feedparser reads it.
    struct Reading: Decodable {
        var items: [Item]
    }

    /// Why the reference could not be run.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// feedparser's reading of each document, by path.
    static func read(_ documents: [Document]) throws -> [String: Reading] {
        let python = ProcessInfo.processInfo.environment["FEEDPARSER_PYTHON"] ?? "/usr/bin/python3"
        let script = Fixtures.root.deletingLastPathComponent().appendingPathComponent("Tools/feedparser-diff/dump.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path]
        process.currentDirectoryURL = Fixtures.url("feeds")
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Unavailable(description: "cannot run \(python): \(error)")
        }
        input.fileHandleForWriting.write(try JSONEncoder().encode(documents))
        try input.fileHandleForWriting.close()
        // The output is read before waiting, so a full pipe cannot block the child.
        let answer = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Unavailable(
                description: "\(python) dump.py exited \(process.terminationStatus) (is python3-feedparser "
                    + "installed? `apt-get install python3-feedparser`, as .ci/run does): \(complaint)")
        }
        return try JSONDecoder().decode([String: Reading].self, from: answer)
    }
}
