import Foundation

/// A small tmpfs mounted on a folder for one test (root only), for a disk
/// that fills up or turns read-only. Unmounted by ``unmount()``.
final class TemporaryMount: Sendable {
    /// The mounted folder.
    let folder: URL

    /// Mounts a tmpfs of `kilobytes` on `folder` (created if needed).
    /// - throws: ``MountFailure`` if `mount` fails (not root, no tmpfs): callers skip then.
    init(at folder: URL, kilobytes: Int) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.run(["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder.path])
    }

    /// Remounts with `options`, such as `ro`, `rw` or `size=4096k`.
    /// - throws: ``MountFailure``.
    func remount(_ options: String) throws {
        try Self.run(["-o", "remount,\(options)", folder.path])
    }

    /// Unmounts it (lazily, so a lingering open file does not keep it).
    func unmount() {
        try? Self.run(["-l", folder.path], tool: "/bin/umount")
    }

    /// Whether a tmpfs can be mounted here (as root, with tmpfs), found by mounting one.
    static let isPossible: Bool = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-mount-probe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let mount = try? TemporaryMount(at: folder, kilobytes: 64) else { return false }
        mount.unmount()
        return true
    }()

    private static func run(_ arguments: [String], tool: String = "/bin/mount") throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw MountFailure(message: "\(tool) \(arguments.joined(separator: " ")): \(message)")
        }
    }
}

/// `mount` failed.
struct MountFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
