public import Foundation

/// Where the two programs under test are: `reader`, built by the root package,
/// and `reader-server`, built by `Tools/ReferenceServer`. `READER_BIN` and
/// `READER_SERVER_BIN` override them.
public enum Binaries {
    /// The repository root, found from this file's location.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ReaderTestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    /// The `reader` executable.
    /// - throws: ``MissingBinary`` saying how to build it.
    public static func reader() throws(MissingBinary) -> URL {
        let besideTests = Bundle.main.executableURL.map { $0.deletingLastPathComponent().appendingPathComponent("reader") }
        return try find(
            "reader", override: "READER_BIN",
            candidates: [besideTests, repositoryRoot.appendingPathComponent(".build/debug/reader")].compactMap { $0 },
            howToBuild: "run `swift build --product reader` in \(repositoryRoot.path)")
    }

    /// The `reader-server` executable.
    /// - throws: ``MissingBinary`` saying how to build it.
    public static func server() throws(MissingBinary) -> URL {
        let package = repositoryRoot.appendingPathComponent("Tools/ReferenceServer")
        return try find(
            "reader-server", override: "READER_SERVER_BIN",
            candidates: [package.appendingPathComponent(".build/debug/reader-server")],
            howToBuild: "run `swift build --product reader-server` in \(package.path)")
    }

    /// Whether the end-to-end tests that need `reader-server` can run: it is
    /// built where ``server()`` looks, or `READER_SERVER_BIN` names it. A
    /// `READER_SERVER_BIN` that names no executable counts as available, so
    /// that those tests run and fail rather than skip.
    public static var serverIsAvailable: Bool {
        if let path = ProcessInfo.processInfo.environment["READER_SERVER_BIN"], !path.isEmpty { return true }
        return (try? server()) != nil
    }

    private static func find(_ name: String, override: String, candidates: [URL], howToBuild: String)
        throws(MissingBinary) -> URL
    {
        if let path = ProcessInfo.processInfo.environment[override], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw MissingBinary(message: "\(override)=\(path) is not an executable file.")
            }
            return URL(fileURLWithPath: path)
        }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
            return found
        }
        throw MissingBinary(
            message: "\(name) not found at \(candidates.map(\.path).joined(separator: " or ")): "
                + "\(howToBuild), or set \(override) to its path.")
    }
}

/// A program under test is not built.
public struct MissingBinary: Error, CustomStringConvertible {
    /// What is missing and how to build it.
    public let message: String
    /// The message.
    public var description: String { message }
}
