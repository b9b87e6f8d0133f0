public import Foundation

/// Finds the files under the repository's `Fixtures/` folder, for tests and tools.
///
/// For example:
///
/// ```swift
/// let data = try Fixtures.data("feeds/rss/seeds.xml")
/// ```
public enum Fixtures {
    /// The `Fixtures/` folder, found from this source file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ReaderTestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Fixtures", isDirectory: true)

    /// The URL of the fixture at `relativePath`, such as `"feeds/rss/seeds.xml"`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The bytes of the fixture at `relativePath`.
    /// - throws: the file system's error if it cannot be read.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The UTF-8 text of the fixture at `relativePath`.
    /// - throws: the file system's error if it cannot be read, or `CocoaError` if it is not UTF-8.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }
}
