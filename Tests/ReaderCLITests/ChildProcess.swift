import Foundation
import Synchronization

/// A child process whose standard output and error are drained into memory on
/// their own threads, so a chatty child never blocks on a full pipe, and which
/// can be waited for with a timeout or signalled by its pid.
///
/// `reader` and `reader-server` both run through it.
final class ChildProcess: Sendable {
    /// The process id.
    let pid: Int32
    private let process: Process
    private let output: DrainedPipe
    private let errors: DrainedPipe
    private let releaseSignal: Int32

    /// Starts `executable` with exactly `arguments` and `environment` (nothing inherited).
    /// - parameter releaseSignal: sent to the process if it still runs when this object goes away.
    /// - parameter input: written to its standard input, which then ends; without it, standard input is empty.
    /// - throws: Foundation's error if the executable cannot be started.
    init(
        executable: URL, arguments: [String], environment: [String: String], releaseSignal: Int32 = SIGKILL,
        input: Data? = nil
    ) throws {
        self.releaseSignal = releaseSignal
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        if let inputPipe, let input {
            inputPipe.fileHandleForWriting.write(input)
            try inputPipe.fileHandleForWriting.close()
        }
        pid = process.processIdentifier
        output = DrainedPipe(outputPipe)
        errors = DrainedPipe(errorPipe)
    }

    /// Whether the process has not exited yet.
    var isRunning: Bool { process.isRunning }

    /// Everything written to standard output so far.
    var standardOutput: Data { output.data }

    /// Everything written to standard error so far.
    var standardError: Data { errors.data }

    /// Whether a signal ended the process (its exit status is then the signal's number).
    var endedBySignal: Bool { !process.isRunning && process.terminationReason == .uncaughtSignal }

    /// Sends `signal` to the process if it is still running.
    func send(_ signal: Int32) {
        if process.isRunning { kill(pid, signal) }
    }

    /// Waits for the process to exit and for its pipes to close.
    /// - returns: the exit status (the signal number if a signal ended it), or
    ///   `nil` if it was still running after `timeout`.
    func exitStatus(within timeout: Duration) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { return nil }
            try? await Task.sleep(for: .milliseconds(10))
        }
        while !(output.isClosed && errors.isClosed) && ContinuousClock.now < deadline + .seconds(5) {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(pid, releaseSignal) }
    }
}

/// Reads a pipe to its end on a thread of its own, keeping every byte.
private final class DrainedPipe: Sendable {
    private let buffer = Mutex(Data())
    private let closed = Mutex(false)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                buffer.withLock { $0.append(chunk) }
            }
            closed.withLock { $0 = true }
        }
    }

    var data: Data { buffer.withLock { $0 } }
    var isClosed: Bool { closed.withLock { $0 } }
}
