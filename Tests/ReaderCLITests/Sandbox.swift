import Foundation
import ReaderTestSupport

/// A temporary folder for one test: devices' caches and homes, the server's
/// files, and the feed folder the server serves. Removed when the test ends.
final class Sandbox: Sendable {
    /// The folder.
    let root: URL

    /// Creates an empty sandbox.
    /// - throws: a file system error.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("reader-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// The folder passed to `reader-server --feeds`.
    var feeds: URL { root.appendingPathComponent("feeds", isDirectory: true) }

    /// A device named `name`, with its own cache and home in this sandbox,
    /// syncing through `transport`.
    /// - throws: ``MissingBinary`` if `reader` is not built.
    func device(_ name: String = "phone", transport: Transport = .curl) throws -> ReaderProcess {
        try ReaderProcess(in: root.appendingPathComponent("device-\(name)", isDirectory: true), transport: transport)
    }

    /// A file path in this sandbox for the server's own use (its database).
    func file(_ name: String) -> URL {
        root.appendingPathComponent(name)
    }

    /// Copies the fixture `Fixtures/feeds/<fixture>` to `<feeds>/<path>`,
    /// replacing what was served there, and dates it `modified` so that a
    /// later copy always has a later modification time.
    /// - throws: a file system error (a missing fixture included).
    func serve(fixture: String, as path: String, modified: Date = Date()) throws {
        let target = feeds.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Fixtures.data("feeds/\(fixture)").write(to: target, options: .atomic)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: target.path)
    }

    /// Stops serving `<feeds>/<path>`: the server answers 404 for it.
    /// - throws: a file system error.
    func withdraw(_ path: String) throws {
        try FileManager.default.removeItem(at: feeds.appendingPathComponent(path))
    }

    /// The name of the fixture in `Fixtures/feeds/<format>/` whose name is `stem.<extension>`.
    /// - throws: ``MissingFixture`` if there is none.
    static func fixture(_ stem: String, format: String) throws -> String {
        let folder = Fixtures.url("feeds/\(format)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard let name = names.sorted().first(where: { ($0 as NSString).deletingPathExtension == stem }) else {
            throw MissingFixture(path: "Fixtures/feeds/\(format)/\(stem).*")
        }
        return "\(format)/\(name)"
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}

/// A fixture a test needs is not in `Fixtures/`.
struct MissingFixture: Error, CustomStringConvertible {
    let path: String
    var description: String { "fixture \(path) is missing" }
}
