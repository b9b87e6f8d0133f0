import Foundation
import Glibc

/// `openssl s_server` on 127.0.0.1 with a certificate made for the test and
/// signed by nobody the system trusts.
final class SelfSignedTLSServer: Sendable {
    /// Whether the `openssl` tool is installed.
    static let isAvailable = FileManager.default.isExecutableFile(atPath: openssl.path)

    private static let openssl = URL(fileURLWithPath: "/usr/bin/openssl")

    /// The port the server listens on.
    let port: Int
    private let process: Process
    private let directory: URL

    /// Makes a key and certificate for `127.0.0.1` and starts the server.
    /// - throws: if `openssl` fails or never reports its port.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("reader-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem").path
        let certificate = directory.appendingPathComponent("cert.pem").path
        let request = try Process.run(
            Self.openssl,
            arguments: [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key, "-out", certificate, "-days", "1", "-subj", "/CN=127.0.0.1",
            ])
        request.waitUntilExit()

        process = Process()
        process.executableURL = Self.openssl
        process.arguments = ["s_server", "-accept", "127.0.0.1:0", "-cert", certificate, "-key", key, "-www"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        port = try Self.acceptedPort(from: output.fileHandleForReading)
    }

    /// Stops the server and deletes its key.
    func stop() {
        // SIGKILL, because a child of the test runner may inherit a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The port from the `ACCEPT 127.0.0.1:PORT` line `s_server` prints once it listens.
    private static func acceptedPort(from output: FileHandle) throws -> Int {
        var text = ""
        while true {
            let chunk = output.availableData
            guard !chunk.isEmpty else { throw CocoaError(.fileReadUnknown) }
            text += String(decoding: chunk, as: UTF8.self)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("ACCEPT ") }),
                let port = line.split(separator: ":").last.flatMap({ Int($0) })
            {
                return port
            }
        }
    }
}
